package dev.lmiadvisor.tools.sandbox.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CliNamesTest {

  /** Every operation and top-level parameter name of the eleven services, as botocore spells it. */
  @Test
  void spellsEveryNameAsTheAwsCliDoes() throws Exception {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    try (InputStream in = getClass().getResourceAsStream("/sandbox/cli-names.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t");
        checked++;
        if (!CliNames.cli(cells[0]).equals(cells[1])) {
          wrong.add(cells[0] + " -> " + CliNames.cli(cells[0]) + " (CLI: " + cells[1] + ")");
        }
      }
    }
    assertTrue(checked > 3000, "golden file too small: " + checked);
    assertTrue(
        wrong.isEmpty(),
        wrong.size() + " names differ: " + wrong.subList(0, Math.min(20, wrong.size())));
  }

  @Test
  void suggestsTheClosestNames() {
    assertEquals(List.of("lambda"), CliNames.closest("lamda", Set.of("lambda", "logs", "ec2")));
    assertEquals(
        "create-capacity-provider",
        CliNames.closest(
                "create-capacityprovider", Set.of("create-capacity-provider", "create-function"))
            .getFirst());
    assertTrue(CliNames.closest("zzzzzzzz", Set.of("lambda", "logs")).isEmpty());
  }
}
