package org.oversight.register.json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Replaces a file atomically without leaving covert data about: the document is written to an
 * owner-only temporary file beside the real target, forced to disk, given the target's permissions
 * and moved over it.
 *
 * <ul>
 *   <li>The temporary file is created with POSIX permissions {@code rw-------} (never wider, not
 *       even for a moment) and named {@code .NAME.oversight-tmp-RANDOM}, shortened where needed so
 *       that the name stays within 255 bytes.
 *   <li>While it is written the temporary file is locked. A write that was killed leaves an
 *       unlocked one; the next write of the same target removes every such file of that target
 *       (only names of that form, only regular files, only those no live writer holds).
 *   <li>A symbolic link is written through: its final target is replaced, in that target's
 *       directory, and the link stays. A directory, device, FIFO or socket is refused.
 *   <li>A new file gets the permissions the umask gives any new file; a replaced file keeps its
 *       permissions, and its owner and group where the process may set them (otherwise the group
 *       bits are dropped, so that a new group never gains access).
 * </ul>
 *
 * <p>Thread-safe.
 */
final class AtomicFile {
  /** Between the target's name and the random part of a temporary file's name. */
  static final String MARKER = ".oversight-tmp-";

  private static final int RANDOM_LENGTH = 16;
  private static final String RANDOM_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int MAX_NAME_BYTES = 255;
  private static final int MAX_LINKS = 40;
  private static final int S_IFMT = 0170000;

  /** Temporary files being written by this process: never removed as stale. */
  private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

  private AtomicFile() {}

  /** Writes text to a writer; may fail. */
  interface TextAction {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Replaces {@code file} (or the file its links lead to) with what {@code action} writes.
   *
   * @throws FileSystemException if the target is not a regular file, or links loop
   * @throws IOException if writing fails; the previous file is then left as it was
   */
  static void write(Path file, TextAction action) throws IOException {
    Path resolved = followLinks(file);
    Path parent = resolved.getParent();
    if (parent == null) {
      throw new FileSystemException(file.toString(), null, "has no parent directory");
    }
    Path directory = parent.toRealPath();
    String name = String.valueOf(resolved.getFileName());
    Path target = directory.resolve(name);
    @Nullable PosixFileAttributes old = existingRegularFile(file, target);
    boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;

    removeAbandoned(directory, name);
    Set<PosixFilePermission> permissions =
        !posix ? Set.of() : old != null ? old.permissions() : umaskDefault(directory, name);

    Temporary created = createTemporary(directory, name, posix);
    Path temporary = created.path();
    WRITING.add(temporary);
    boolean moved = false;
    try {
      // The lock is held until after the move, so that no other process takes the file for one
      // abandoned by a killed write. The file is renamed while open, which every platform allows.
      try (FileChannel open = created.channel()) {
        open.lock(); // released when the channel closes
        Writer out = new BufferedWriter(Channels.newWriter(open, StandardCharsets.UTF_8), 1 << 16);
        action.writeTo(out);
        out.flush();
        open.force(true);
        if (posix) {
          keepOwnership(old, temporary, permissions);
        }
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        moved = true;
      }
      forceDirectory(directory);
    } finally {
      try {
        if (!moved) {
          Files.deleteIfExists(temporary);
        }
      } finally {
        WRITING.remove(temporary);
      }
    }
  }

  private record Temporary(Path path, FileChannel channel) {}

  /** Creates a new, owner-only temporary file with a fresh random name. */
  private static Temporary createTemporary(Path directory, String name, boolean posix)
      throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temporary = directory.resolve(temporaryName(name));
      try {
        return new Temporary(
            temporary, FileChannel.open(temporary, createOptions(), ownerOnly(posix)));
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  private static Set<OpenOption> createOptions() {
    return Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  private static FileAttribute<?>[] ownerOnly(boolean posix) {
    if (!posix) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(
          EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))
    };
  }

  /** The path that following every symbolic link from {@code file} leads to, existing or not. */
  static Path followLinks(Path file) throws IOException {
    Path path = file.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(path); hops++) {
      if (hops == MAX_LINKS) {
        throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
      }
      Path link = Files.readSymbolicLink(path);
      Path parent = path.getParent();
      path = parent == null ? link : parent.resolve(link);
    }
    return path;
  }

  /** The target's attributes if it exists; refuses anything but a regular file. */
  private static @Nullable PosixFileAttributes existingRegularFile(Path file, Path target)
      throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (!attributes.isRegularFile()) {
      throw new FileSystemException(
          file.toString(),
          null,
          "is "
              + kind(target)
              + ", not a regular file; a register is written only to a regular file");
    }
    if (Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
      return null;
    }
    return Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  /** What kind of file {@code path} is, for a message: "a directory", "a device", "a FIFO"... */
  static String kind(Path path) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isDirectory()) {
      return "a directory";
    }
    if (attributes.isRegularFile()) {
      return "a regular file";
    }
    if (attributes.isSymbolicLink()) {
      return "a symbolic link";
    }
    try {
      int type =
          (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & S_IFMT;
      switch (type) {
        case 0020000, 0060000 -> {
          return "a device";
        }
        case 0010000 -> {
          return "a FIFO";
        }
        case 0140000 -> {
          return "a socket";
        }
        default -> {
          return "a special file";
        }
      }
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
  }

  // ------------------------------------------------------------------ names

  /**
   * {@code .NAME.oversight-tmp-}, with NAME shortened (by whole code points) so that the whole
   * temporary name fits in 255 bytes of UTF-8.
   */
  static String temporaryPrefix(String name) {
    int budget = MAX_NAME_BYTES - 1 - MARKER.length() - RANDOM_LENGTH;
    int bytes = 0;
    int end = 0;
    while (end < name.length()) {
      int codePoint = name.codePointAt(end);
      int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      if (bytes + size > budget) {
        break;
      }
      bytes += size;
      end += Character.charCount(codePoint);
    }
    return "." + name.substring(0, end) + MARKER;
  }

  private static String temporaryName(String name) {
    StringBuilder out = new StringBuilder(temporaryPrefix(name));
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      out.append(RANDOM_LETTERS.charAt(Random.SOURCE.nextInt(RANDOM_LETTERS.length())));
    }
    return out.toString();
  }

  /** Whether {@code candidate} is a name this class gives temporary files of the target. */
  static boolean isTemporaryOf(String candidate, String prefix) {
    if (candidate.length() != prefix.length() + RANDOM_LENGTH || !candidate.startsWith(prefix)) {
      return false;
    }
    for (int i = prefix.length(); i < candidate.length(); i++) {
      if (RANDOM_LETTERS.indexOf(candidate.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Created on first use: most processes that load this class never write a file. */
  private static final class Random {
    static final SecureRandom SOURCE = new SecureRandom();
  }

  // ------------------------------------------------------------------ clean-up

  /**
   * Removes the temporary files of this target left by writes that were killed: those no process
   * holds locked. Best effort: a file that cannot be opened (another user's) is left.
   */
  private static void removeAbandoned(Path directory, String name) {
    String prefix = temporaryPrefix(name);
    DirectoryStream.Filter<Path> ours =
        entry -> isTemporaryOf(String.valueOf(entry.getFileName()), prefix);
    try (DirectoryStream<Path> candidates = Files.newDirectoryStream(directory, ours)) {
      for (Path candidate : candidates) {
        if (!WRITING.contains(candidate)
            && Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
          removeIfUnlocked(candidate);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Cleaning up is best effort: the write itself does not depend on it.
    }
  }

  private static void removeIfUnlocked(Path candidate) {
    try (FileChannel channel =
            FileChannel.open(candidate, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock = channel.tryLock()) {
      if (lock != null) {
        Files.delete(candidate);
      }
    } catch (IOException | OverlappingFileLockException e) {
      // Not ours to open, held by a live writer, or already gone.
    }
  }

  // ------------------------------------------------------------------ permissions

  /**
   * The permissions the umask gives a new file here, found by creating an empty file (a
   * recognisable temporary name, so a crash leaves nothing that the next write does not remove).
   */
  private static Set<PosixFilePermission> umaskDefault(Path directory, String name)
      throws IOException {
    Path probe = directory.resolve(temporaryName(name));
    Files.createFile(probe);
    try {
      return Files.getPosixFilePermissions(probe, LinkOption.NOFOLLOW_LINKS);
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  /**
   * Gives the temporary file the final permissions and, for a replaced file, its owner and group
   * where this process may; if the group cannot be kept its bits are dropped, so that the file
   * never becomes readable by a group that could not read it before.
   */
  private static void keepOwnership(
      @Nullable PosixFileAttributes old, Path temporary, Set<PosixFilePermission> permissions)
      throws IOException {
    Set<PosixFilePermission> granted = EnumSet.noneOf(PosixFilePermission.class);
    granted.addAll(permissions);
    if (old != null) {
      PosixFileAttributeView view =
          Files.getFileAttributeView(
              temporary, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
      PosixFileAttributes now = view.readAttributes();
      if (!now.group().equals(old.group())) {
        try {
          view.setGroup(old.group());
        } catch (IOException e) {
          granted.remove(PosixFilePermission.GROUP_READ);
          granted.remove(PosixFilePermission.GROUP_WRITE);
          granted.remove(PosixFilePermission.GROUP_EXECUTE);
        }
      }
      if (!now.owner().equals(old.owner())) {
        try {
          view.setOwner(old.owner());
        } catch (IOException e) {
          // Only a privileged process may give a file away; the writer then owns the new file.
        }
      }
    }
    Files.setPosixFilePermissions(temporary, granted);
  }

  /** Makes the rename itself durable where the platform allows opening a directory. */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform can sync a directory (Windows cannot); the move has happened anyway.
    }
  }
}
