package org.oversight.downstream;

import static org.oversight.register.testkit.RegisterAssertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.json.FoiJson;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.json.RegisterJsonModule;
import org.oversight.register.testkit.SampleRegisters;

/**
 * What a force's application does with the register, in a host whose own JSON is Jackson 2: read
 * and write a register, answer an FOI request, check with the testkit, and write its own Jackson 2
 * JSON about it. Each step prints one line, {@code STEP: ok ...} or {@code STEP: failed: ...}.
 */
public final class DownstreamCheck {
  private DownstreamCheck() {}

  /**
   * Runs every step on the example register and request.
   *
   * @param args the register file and the request file
   * @throws Exception if the files cannot be read
   */
  public static void main(String[] args) throws Exception {
    List<String> lines = run(Path.of(args[0]), Path.of(args[1]));
    lines.forEach(System.out::println);
  }

  /**
   * Runs every step; a step that fails does not stop the next.
   *
   * @param registerFile the register document
   * @param requestFile the FOI request document
   * @return one line per step
   */
  public static List<String> run(Path registerFile, Path requestFile) {
    List<String> lines = new ArrayList<>();
    step(
        lines,
        "read",
        () -> {
          AssetRegister register = RegisterJson.standard().read(registerFile);
          return register.assets().size() + " assets";
        });
    step(
        lines,
        "write",
        () -> {
          String written =
              RegisterJson.standard().writeString(RegisterJson.standard().read(registerFile));
          String again =
              RegisterJson.standard()
                  .writeString(RegisterJson.standard().read(new StringReader(written)));
          if (!written.equals(again)) {
            throw new IllegalStateException("writing what was read changed the document");
          }
          return written.length() + " characters, stable";
        });
    step(
        lines,
        "foi",
        () -> {
          AssetRegister register = RegisterJson.standard().read(registerFile);
          FoiRequest request = FoiJson.readRequest(requestFile);
          FoiResponse response =
              FoiResponder.standard().respond(OvertRegister.of(register), request);
          String letter = FoiRenderer.plainText(response);
          String json = FoiJson.writeResponse(response);
          return letter.lines().findFirst().orElse("")
              + ", "
              + json.length()
              + " characters of JSON";
        });
    step(
        lines,
        "testkit",
        () -> {
          AssetRegister sample = SampleRegisters.essex2021();
          assertThat(sample).isValid().hasAssetsFromVendor("Hikvision");
          Path copy = Files.createTempFile("essex-", ".json");
          try {
            RegisterJson.standard().write(sample, copy);
            assertThat(RegisterJson.standard().read(copy)).hasAssetCount(sample.assets().size());
          } finally {
            Files.deleteIfExists(copy);
          }
          return "assertions pass";
        });
    step(
        lines,
        "jackson2",
        () -> {
          ObjectMapper mapper = new ObjectMapper();
          ObjectNode summary = mapper.createObjectNode();
          AssetRegister register = RegisterJson.standard().read(registerFile);
          summary.put("organisation", register.organisation().name());
          summary.put("assets", register.assets().size());
          return mapper.writeValueAsString(summary)
              + " ("
              + ObjectMapper.class.getPackage().getImplementationVersion()
              + ")";
        });
    step(lines, "jackson3-module", () -> new RegisterJsonModule().getModuleName());
    return lines;
  }

  /** A step of the check. */
  private interface Step {
    String run() throws Exception;
  }

  @SuppressWarnings("IllegalCatch") // a step's failure of any kind is its result
  private static void step(List<String> lines, String name, Step step) {
    try {
      lines.add(name + ": ok " + step.run());
    } catch (Exception | LinkageError e) {
      lines.add(name + ": failed: " + e.getClass().getName() + ": " + e.getMessage());
    }
  }
}
