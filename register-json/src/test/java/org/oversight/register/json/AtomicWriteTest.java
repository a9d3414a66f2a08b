package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.RegisterContents;

class AtomicWriteTest {
  @TempDir Path directory;

  private final RegisterJson json = RegisterJson.standard();

  @Test
  void writingAFileCreatesItAndReadsBack() throws Exception {
    Path file = directory.resolve("register.json");
    RegisterContents contents = RandomRegisters.generate(7, 10);

    json.write(contents, file);

    assertThat(Files.readString(file)).isEqualTo(json.writeString(contents));
    assertThat(json.readContents(file)).isEqualTo(contents);
    assertThat(files()).containsExactly(file);
  }

  @Test
  void aFailureMidWriteLeavesThePreviousFileIntact() throws Exception {
    Path file = directory.resolve("register.json");
    AssetRegister old = AssetRegister.of(RandomRegisters.generate(1, 10));
    json.write(old, file);
    byte[] before = Files.readAllBytes(file);
    RegisterContents replacement = RandomRegisters.generate(2, 50);

    assertThatThrownBy(
            () ->
                RegisterJson.writeAtomically(
                    file,
                    out -> {
                      String text = json.writeString(replacement);
                      out.write(text, 0, text.length() / 2);
                      out.flush();
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(json.read(file)).isEqualTo(old);
    assertThat(files()).as("no temporary file is left behind").containsExactly(file);
  }

  @Test
  void aFailingWriterLeavesNoFileWhereThereWasNone() throws IOException {
    Path file = directory.resolve("new.json");

    assertThatThrownBy(
            () ->
                RegisterJson.writeAtomically(
                    file,
                    out -> {
                      out.write("{\"schemaVersion\": 1,");
                      throw new IOException("interrupted");
                    }))
        .isInstanceOf(IOException.class);

    assertThat(file).doesNotExist();
    assertThat(files()).isEmpty();
  }

  @Test
  void replacingAFileReplacesItsContent() throws Exception {
    Path file = directory.resolve("register.json");
    json.write(RandomRegisters.generate(3, 5), file);
    RegisterContents second = RandomRegisters.generate(4, 5);

    json.write(second, file);

    assertThat(json.readContents(file)).isEqualTo(second);
    assertThat(files()).containsExactly(file);
  }

  private java.util.List<Path> files() throws IOException {
    try (Stream<Path> listing = Files.list(directory)) {
      return listing.toList();
    }
  }
}
