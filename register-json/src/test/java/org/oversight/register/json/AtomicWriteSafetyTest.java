package org.oversight.register.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.model.RegisterContents;

/**
 * What the atomic writer leaves on disk: owner-only temporary files with a recognisable name,
 * cleaned up after a killed write; links written through; non-regular files refused; long names;
 * the umask.
 */
class AtomicWriteSafetyTest {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  @TempDir Path directory;

  private final RegisterJson json = RegisterJson.standard();
  private final RegisterContents contents = RandomRegisters.generate(11, 20);

  @Test
  void theTemporaryFileIsOwnerOnlyAndRecognisableWhileItIsWritten() throws Exception {
    Path file = directory.resolve("register.json");
    json.write(contents, file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    AtomicReference<Path> seen = new AtomicReference<>();
    AtomicReference<Set<PosixFilePermission>> seenPermissions = new AtomicReference<>();

    RegisterJson.writeAtomically(
        file,
        out -> {
          out.write("{}");
          out.flush();
          Path temporary = only(others(file));
          seen.set(temporary);
          seenPermissions.set(Files.getPosixFilePermissions(temporary));
        });

    assertThat(seen.get().getFileName().toString())
        .matches("\\.register\\.json\\.oversight-tmp-[a-z0-9]{16}");
    assertThat(seenPermissions.get()).isEqualTo(OWNER_ONLY);
    assertThat(Files.getPosixFilePermissions(file))
        .as("the replaced file keeps the old file's permissions")
        .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(files()).containsExactly(file);
  }

  @Test
  void aLaterWriteRemovesTheTemporaryFileOfAKilledWriteButNotOfALiveOne() throws Exception {
    Path file = directory.resolve("register.json");
    json.write(contents, file);
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledWriter.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8));
      assertThat(lines.readLine()).isEqualTo("half written");
      Path left = only(others(file));
      assertThat(Files.getPosixFilePermissions(left)).isEqualTo(OWNER_ONLY);

      json.write(contents, file);
      assertThat(others(file)).as("a live writer's temporary file is kept").containsExactly(left);

      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(others(file)).as("a killed write leaves its temporary file").containsExactly(left);

      json.write(contents, file);
    } finally {
      child.destroyForcibly();
    }

    assertThat(files()).as("the later write removed it").containsExactly(file);
    assertThat(json.readContents(file)).isEqualTo(contents);
  }

  @Test
  void aWriteInProgressInThisProcessKeepsItsTemporaryFile() throws Exception {
    Path file = directory.resolve("register.json");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    String first = json.writeString(contents);
    Thread slow =
        new Thread(
            () -> {
              try {
                RegisterJson.writeAtomically(
                    file,
                    out -> {
                      out.write(first);
                      out.flush();
                      started.countDown();
                      await(release);
                    });
              } catch (IOException | RuntimeException e) {
                failure.set(e);
              }
            });
    slow.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    json.write(RandomRegisters.generate(12, 3), file);
    release.countDown();
    slow.join(30_000);

    assertThat(failure.get()).isNull();
    assertThat(Files.readString(file)).isEqualTo(first);
    assertThat(files()).containsExactly(file);
  }

  @Test
  void otherFilesThatLookAlikeAreLeftAlone() throws Exception {
    Path file = directory.resolve("register.json");
    Path otherTarget =
        Files.createFile(directory.resolve(".other.json.oversight-tmp-aaaaaaaaaaaaaaaa"));
    Path notOurs = Files.createFile(directory.resolve(".register.json.oversight-tmp-notours"));
    Path oldStyle = Files.createFile(directory.resolve(".register.json.123.tmp"));

    json.write(contents, file);

    assertThat(files()).containsExactlyInAnyOrder(file, otherTarget, notOurs, oldStyle);
  }

  @Test
  void writesThroughASymbolicLinkToItsTargetInTheTargetsDirectory() throws Exception {
    Path real = Files.createDirectory(directory.resolve("real")).resolve("register.json");
    json.write(RandomRegisters.generate(13, 3), real);
    Path links = Files.createDirectory(directory.resolve("links"));
    Path link =
        Files.createSymbolicLink(links.resolve("link.json"), Path.of("../real/register.json"));
    AtomicReference<Path> temporaryDirectory = new AtomicReference<>();

    RegisterJson.writeAtomically(
        link,
        out -> {
          out.write(json.writeString(contents));
          temporaryDirectory.set(only(others(real)).getParent());
        });

    assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../real/register.json"));
    assertThat(json.readContents(real)).isEqualTo(contents);
    assertThat(temporaryDirectory.get()).isEqualTo(real.getParent().toRealPath());
    assertThat(list(links)).containsExactly(link);
    assertThat(list(real.getParent())).containsExactly(real);
  }

  @Test
  void writesThroughAChainOfLinksAndADanglingLinkCreatesItsTarget() throws Exception {
    Path real = directory.resolve("real.json");
    Path second = Files.createSymbolicLink(directory.resolve("second.json"), real.getFileName());
    Path first = Files.createSymbolicLink(directory.resolve("first.json"), second.getFileName());

    json.write(contents, first);

    assertThat(Files.isSymbolicLink(first)).isTrue();
    assertThat(Files.isSymbolicLink(second)).isTrue();
    assertThat(Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(json.readContents(real)).isEqualTo(contents);
  }

  @Test
  void refusesALoopOfLinks() throws Exception {
    Path a = directory.resolve("a.json");
    Path b = Files.createSymbolicLink(directory.resolve("b.json"), a.getFileName());
    Files.createSymbolicLink(a, b.getFileName());

    assertThatThrownBy(() -> json.write(contents, a))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining("too many levels of symbolic links");
    assertThat(Files.isSymbolicLink(a)).isTrue();
  }

  @Test
  void refusesADirectoryWithAClearMessage() throws Exception {
    Path target = Files.createDirectory(directory.resolve("register.json"));

    assertThatThrownBy(() -> json.write(contents, target))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(
            target
                + ": is a directory, not a regular file; a register is written only to a regular file");
    assertThat(target).isDirectory();
    assertThat(files()).containsExactly(target);
  }

  @Test
  void refusesAFifoAndLeavesIt() throws Exception {
    Path fifo = directory.resolve("register.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();

    assertThatThrownBy(() -> json.write(contents, fifo))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining("is a FIFO, not a regular file");
    assertThat(Files.isRegularFile(fifo)).as("still the FIFO").isFalse();
    assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    assertThat(files()).containsExactly(fifo);
  }

  @Test
  void aDeviceIsDescribedAsOne() throws Exception {
    assertThat(AtomicFile.kind(Path.of("/dev/null"))).isEqualTo("a device");
  }

  @Test
  void namesAtTheFileSystemLimitCanBeWritten() throws Exception {
    Path ascii = directory.resolve("r".repeat(250) + ".json");
    Path twoByte = directory.resolve("é".repeat(125) + ".json");
    assertThat(ascii.getFileName().toString().getBytes(UTF_8)).hasSize(255);
    assertThat(twoByte.getFileName().toString().getBytes(UTF_8)).hasSize(255);

    json.write(contents, ascii);
    json.write(contents, twoByte);
    json.write(contents, twoByte);

    assertThat(json.readContents(ascii)).isEqualTo(contents);
    assertThat(json.readContents(twoByte)).isEqualTo(contents);
    assertThat(files()).containsExactlyInAnyOrder(ascii, twoByte);
  }

  @Test
  void aNewFileHonoursTheUmaskAndAnOldOneKeepsItsPermissions() throws Exception {
    Set<PosixFilePermission> umaskDefault =
        Files.getPosixFilePermissions(Files.createFile(directory.resolve("probe")));
    Files.delete(directory.resolve("probe"));
    Path fresh = directory.resolve("fresh.json");
    Path kept = directory.resolve("kept.json");
    Files.createFile(kept);
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-r-----"));

    json.write(contents, fresh);
    json.write(contents, kept);

    assertThat(umaskDefault).isNotEqualTo(OWNER_ONLY);
    assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(umaskDefault);
    assertThat(Files.getPosixFilePermissions(kept))
        .isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path only(List<Path> paths) {
    assertThat(paths).hasSize(1);
    return paths.get(0);
  }

  /** The files beside {@code file} other than itself. */
  private static List<Path> others(Path file) throws IOException {
    return list(file.toAbsolutePath().getParent()).stream()
        .filter(p -> !p.getFileName().equals(file.getFileName()))
        .toList();
  }

  private List<Path> files() throws IOException {
    return list(directory);
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.toList();
    }
  }

  /** Run in a child process: writes half a register, says so, and waits to be killed. */
  static final class KilledWriter {
    private KilledWriter() {}

    public static void main(String[] args) throws Exception {
      RegisterContents contents = RandomRegisters.generate(14, 200);
      String text = RegisterJson.standard().writeString(contents);
      RegisterJson.writeAtomically(
          Path.of(args[0]),
          out -> {
            out.write(text, 0, text.length() / 2);
            out.flush();
            System.out.println("half written");
            System.out.flush();
            await(new CountDownLatch(1));
            await(new CountDownLatch(1));
            throw new IOException("not killed in time");
          });
    }
  }
}
