package org.oversight.register.json;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.Money;
import org.oversight.register.model.RegisterContents;

/**
 * Generates a large synthetic register, for memory and speed checks by hand. Not committed: run
 * {@code java -cp ... org.oversight.register.json.SyntheticRegister target/big.json 1000000}
 * (arguments: file, asset count, optional seed).
 */
final class SyntheticRegister {
  private SyntheticRegister() {}

  static RegisterContents generate(int assetCount, long seed) {
    Random random = new Random(seed);
    List<Dpia> dpias = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      dpias.add(
          Dpia.builder("DPIA-" + i, "Processing activity " + i, DpiaStatus.APPROVED)
              .completedOn(LocalDate.of(2019, 1, 1).plusDays(i * 30L))
              .build());
    }
    List<Contract> contracts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      contracts.add(
          Contract.builder("C-" + i, "Supplier " + (i % 7))
              .value(Money.of(Integer.toString(10_000 + i * 1000) + ".00", "GBP"))
              .build());
    }
    List<Asset> assets = new ArrayList<>(assetCount);
    for (int i = 0; i < assetCount; i++) {
      assets.add(
          RandomRegisters.asset(
              random, String.format("A-%08d", i), dpias.subList(0, 3), contracts.subList(0, 2)));
    }
    return new RegisterContents(
        "Synthetic Constabulary", LocalDate.of(2024, 1, 1), assets, dpias, contracts);
  }

  /**
   * Writes a synthetic register.
   *
   * @param args the file, the number of assets, and optionally a seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    RegisterJson.standard().write(generate(count, seed), file);
  }
}
