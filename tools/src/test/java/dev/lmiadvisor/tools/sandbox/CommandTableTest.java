package dev.lmiadvisor.tools.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of {@code sandbox/commands.tsv} through the whole checking pipeline: the decision and
 * the rule that made it.
 */
class CommandTableTest {

  private static Path root;
  private static SandboxFixture fixture;
  private static final Map<String, Sandbox> SANDBOXES = new HashMap<>();

  @BeforeAll
  static void setUp() throws IOException {
    root = Files.createTempDirectory("sandbox-table");
    fixture = new SandboxFixture(root);
  }

  @AfterAll
  static void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  record Row(int line, String context, String decision, String rule, String command) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = CommandTableTest.class.getResourceAsStream("/sandbox/commands.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", 4);
        String command =
            cells[3]
                .replace("<NL>", "\n")
                .replace("<CR>", "\r")
                .replace("<NUL>", "\0")
                .replace("<TAB>", "\t");
        command =
            java.util.regex.Pattern.compile("<U\\+([0-9A-F]{4,6})>")
                .matcher(command)
                .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
        rows.add(new Row(i + 1, cells[0], cells[1], cells[2], command));
      }
    }
    return rows;
  }

  static Stream<Arguments> table() throws IOException {
    return rows().stream()
        .map(r -> Arguments.of(r.line(), r.context(), r.decision(), r.rule(), r.command()));
  }

  @ParameterizedTest(name = "line {0}: {2} by {3}")
  @MethodSource("table")
  void decidesAsTheTableSays(
      int line, String context, String decision, String rule, String command) {
    Sandbox sandbox = SANDBOXES.computeIfAbsent(context, fixture::sandbox);
    Evaluation evaluation = sandbox.evaluate(command, Optional.empty(), true);
    assertEquals(
        decision + " " + rule,
        evaluation.decision().wire() + " " + evaluation.rule(),
        () -> "line " + line + ": " + command + "\n  reason: " + evaluation.reason());
    assertTrue(!evaluation.reason().isBlank(), "every decision carries a reason");
  }

  @Test
  void theTableIsLargeAndCoversEveryRule() throws IOException {
    List<Row> rows = rows();
    assertTrue(rows.size() >= 450, "at least 450 commands, found " + rows.size());
    Set<String> rules = new TreeSet<>();
    rows.forEach(r -> rules.add(r.rule()));
    Set<String> expected =
        Set.of(
            "shell-syntax",
            "invisible-character",
            "interactive-session",
            "scp-removal",
            "not-aws-cli",
            "empty-command",
            "incomplete-command",
            "unknown-service",
            "unknown-operation",
            "unsupported-command",
            "unknown-parameter",
            "unexpected-argument",
            "duplicate-parameter",
            "missing-required-parameter",
            "invalid-parameter-value",
            "global-option-denied",
            "invalid-global-option",
            "unknown-region",
            "endpoint-not-loopback",
            "profile-not-allowed",
            "file-outside-working-folder",
            "file-not-readable",
            "credential-disclosure",
            "secret-disclosure",
            "privilege-escalation",
            "public-access",
            "audit-tampering",
            "organization-exit",
            "lmi-terminate-instances",
            "lmi-memory-minimum",
            "lmi-min-execution-environments",
            "lmi-deactivate-version",
            "read-only",
            "mutation-requires-confirmation");
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(rules);
    assertTrue(missing.isEmpty(), "rules without a row: " + missing);
    assertTrue(
        rules.stream().anyMatch(r -> r.startsWith("operator:")), "operator rules are covered");
  }
}
