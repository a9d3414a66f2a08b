package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The atomic writer's parts on their own: temporary names at the byte limit, what counts as one of
 * its temporary files, what kind of file a target is, how far links are followed, what it refuses
 * to remove, and the owner and group a replaced file keeps.
 */
class AtomicFileTest {
  /** 255 bytes, less the dot, the marker and the random part. */
  private static final int BUDGET = 255 - 1 - AtomicFile.MARKER.length() - 16;

  @TempDir Path directory;

  @Test
  void theTemporaryPrefixKeepsAsManyWholeCharactersAsFitIn255Bytes() {
    assertThat(BUDGET).isEqualTo(223);
    assertThat(shortened("a", 300)).isEqualTo(223);
    assertThat(shortened("\u007F", 300)).isEqualTo(223);
    assertThat(shortened("\u0080", 300)).isEqualTo(111);
    assertThat(shortened("\u07FF", 300)).isEqualTo(111);
    assertThat(shortened("\u0800", 300)).isEqualTo(74);
    assertThat(shortened("\uFFFF", 300)).isEqualTo(74);
    assertThat(shortened("\uD800\uDC00", 300)).isEqualTo(2 * 55);
    assertThat(shortened("a", 223)).isEqualTo(223);
    assertThat(AtomicFile.temporaryPrefix("register.json"))
        .isEqualTo(".register.json.oversight-tmp-");
    assertThat(AtomicFile.temporaryPrefix("")).isEqualTo("..oversight-tmp-");
  }

  @Test
  void aPairIsNeverCutInHalf() {
    String name = "a" + "\uD83D\uDE00".repeat(60);

    String prefix = AtomicFile.temporaryPrefix(name);

    // 1 + 55 * 4 = 221 bytes; one more pair would be 225.
    assertThat(prefix).isEqualTo("." + "a" + "\uD83D\uDE00".repeat(55) + AtomicFile.MARKER);
  }

  @Test
  void onlyThePrefixAndSixteenLowerCaseLettersOrDigitsAreATemporaryName() {
    String prefix = AtomicFile.temporaryPrefix("register.json");

    assertThat(AtomicFile.isTemporaryOf(prefix + "abcdefghij012389", prefix)).isTrue();
    assertThat(AtomicFile.isTemporaryOf(prefix + "zzzzzzzzzzzzzzz9", prefix)).isTrue();
    assertThat(AtomicFile.isTemporaryOf(prefix + "abcdefghij01238", prefix)).isFalse();
    assertThat(AtomicFile.isTemporaryOf(prefix + "abcdefghij0123890", prefix)).isFalse();
    assertThat(AtomicFile.isTemporaryOf(prefix + "abcdefghij01238A", prefix)).isFalse();
    assertThat(AtomicFile.isTemporaryOf(prefix + "Abcdefghij012389", prefix)).isFalse();
    assertThat(AtomicFile.isTemporaryOf(prefix + "abcdefgh-j012389", prefix)).isFalse();
    assertThat(
            AtomicFile.isTemporaryOf(
                ".other.json" + prefix.substring(14) + "abcdefghij012345678", prefix))
        .isFalse();
    assertThat(AtomicFile.isTemporaryOf("x" + prefix.substring(1) + "abcdefghij012389", prefix))
        .isFalse();
  }

  @Test
  void eachKindOfFileIsNamed() throws Exception {
    Path file = Files.createFile(directory.resolve("file"));
    Path link = Files.createSymbolicLink(directory.resolve("link"), file.getFileName());
    Path socket = directory.resolve("socket");
    Process mkfifo =
        new ProcessBuilder("mkfifo", directory.resolve("fifo").toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();

    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));

      assertThat(AtomicFile.kind(socket)).isEqualTo("a socket");
    }
    assertThat(AtomicFile.kind(file)).isEqualTo("a regular file");
    assertThat(AtomicFile.kind(link)).isEqualTo("a symbolic link");
    assertThat(AtomicFile.kind(directory)).isEqualTo("a directory");
    assertThat(AtomicFile.kind(directory.resolve("fifo"))).isEqualTo("a FIFO");
    assertThat(AtomicFile.kind(Path.of("/dev/null"))).isEqualTo("a device");
  }

  @Test
  void aSocketIsRefusedWithItsKind() throws Exception {
    Path socket = directory.resolve("register.json");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));

      assertThatThrownBy(() -> RegisterJson.writeAtomically(socket, out -> out.write("{}")))
          .isInstanceOf(FileSystemException.class)
          .hasMessage(
              socket
                  + ": is a socket, not a regular file; a register is written only to a regular"
                  + " file");
    }
  }

  @Test
  void fortyLinksAreFollowedAndTheFortyFirstIsRefused() throws Exception {
    Path real = directory.resolve("real.json");
    Path next = real;
    for (int i = 0; i < 40; i++) {
      next = Files.createSymbolicLink(directory.resolve("link" + i), next.getFileName());
    }
    Path fortyFirst = Files.createSymbolicLink(directory.resolve("link40"), next.getFileName());

    assertThat(AtomicFile.followLinks(next)).isEqualTo(real);
    assertThatThrownBy(() -> AtomicFile.followLinks(fortyFirst))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(fortyFirst + ": too many levels of symbolic links");
  }

  @Test
  void aRelativeLinkIsFollowedFromItsOwnDirectory() throws Exception {
    Path inner = Files.createDirectories(directory.resolve("a/b"));
    Path link = Files.createSymbolicLink(inner.resolve("link.json"), Path.of("../real.json"));
    Path absolute =
        Files.createSymbolicLink(
            directory.resolve("absolute.json"), directory.resolve("a/real.json"));

    assertThat(AtomicFile.followLinks(link).normalize())
        .isEqualTo(directory.resolve("a/real.json"));
    assertThat(AtomicFile.followLinks(absolute)).isEqualTo(directory.resolve("a/real.json"));
    assertThat(AtomicFile.followLinks(directory.resolve("none.json")))
        .isEqualTo(directory.resolve("none.json").toAbsolutePath());
  }

  @Test
  void theRootHasNoParentToWriteIn() {
    assertThatThrownBy(() -> RegisterJson.writeAtomically(Path.of("/"), out -> out.write("{}")))
        .isInstanceOf(FileSystemException.class)
        .hasMessage("/: has no parent directory");
  }

  @Test
  void aDirectoryOrLinkNamedLikeATemporaryFileIsLeftAlone() throws Exception {
    Path file = directory.resolve("register.json");
    String prefix = AtomicFile.temporaryPrefix("register.json");
    Path folder = Files.createDirectory(directory.resolve(prefix + "aaaaaaaaaaaaaaaa"));
    Path elsewhere = Files.writeString(directory.resolve("elsewhere.txt"), "kept");
    Path link = Files.createSymbolicLink(directory.resolve(prefix + "bbbbbbbbbbbbbbbb"), elsewhere);
    Path abandoned = Files.createFile(directory.resolve(prefix + "cccccccccccccccc"));

    RegisterJson.writeAtomically(file, out -> out.write("{}"));

    assertThat(list(directory)).containsExactlyInAnyOrder(file, folder, link, elsewhere);
    assertThat(abandoned).doesNotExist();
    assertThat(Files.readString(elsewhere)).isEqualTo("kept");
    assertThat(Files.readString(file)).isEqualTo("{}");
  }

  @Test
  void aReplacedFileKeepsItsOwnerGroupAndPermissions() throws Exception {
    Path file = Files.writeString(directory.resolve("register.json"), "old");
    UserPrincipalLookupService names = file.getFileSystem().getUserPrincipalLookupService();
    UserPrincipal nobody = names.lookupPrincipalByName("nobody");
    GroupPrincipal nogroup = names.lookupPrincipalByGroupName("nogroup");
    PosixFileAttributeView view =
        Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    assumeTrue(
        canGiveAway(view, nobody, nogroup),
        "needs a process that may give a file away (root, as on this project's machines)");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

    RegisterJson.writeAtomically(file, out -> out.write("new"));

    PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(after.owner()).isEqualTo(nobody);
    assertThat(after.group()).isEqualTo(nogroup);
    assertThat(PosixFilePermissions.toString(after.permissions())).isEqualTo("rw-rw----");
  }

  private static boolean canGiveAway(
      PosixFileAttributeView view, UserPrincipal owner, GroupPrincipal group) {
    try {
      view.setOwner(owner);
      view.setGroup(group);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int shortened(String unit, int count) {
    String prefix = AtomicFile.temporaryPrefix(unit.repeat(count));
    assertThat(prefix).startsWith(".").endsWith(AtomicFile.MARKER);
    return prefix.length() - 1 - AtomicFile.MARKER.length();
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.toList();
    }
  }
}
