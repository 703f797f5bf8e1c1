package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.mcp.ToolCalls;
import dev.lmiadvisor.server.output.ToolJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every tool's served definition (schemas, annotations, description) is snapshotted under {@code
 * src/test/resources/toolsnaps}: a schema change is a reviewed diff. Regenerate deliberately with
 * {@code -Dsnapshots.update=true}.
 */
class ToolSchemaSnapshotTest {

  private static final Path SNAPSHOTS = Path.of("src/test/resources/toolsnaps");
  private static final boolean UPDATE = Boolean.getBoolean("snapshots.update");

  static Stream<ToolDefinition> tools() {
    return TestInventory.INVENTORY.tools().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void servedDefinition_matchesItsSnapshot(ToolDefinition tool) throws IOException {
    String served = ToolJson.pretty(ToolCalls.describe(tool)) + "\n";
    Path snapshot = SNAPSHOTS.resolve(tool.name() + ".snap.json");
    if (UPDATE) {
      Files.createDirectories(SNAPSHOTS);
      Files.writeString(snapshot, served, StandardCharsets.UTF_8);
    }
    assertTrue(
        Files.exists(snapshot),
        "no snapshot for "
            + tool.name()
            + "; run the tests with -Dsnapshots.update=true and review it");
    assertEquals(
        Files.readString(snapshot, StandardCharsets.UTF_8),
        served,
        "schema of " + tool.name() + " changed");
  }

  @Test
  void everySnapshot_belongsToATool() throws IOException {
    Set<String> names = new HashSet<>();
    tools().forEach(t -> names.add(t.name() + ".snap.json"));
    try (Stream<Path> files = Files.list(SNAPSHOTS)) {
      files.forEach(
          f -> assertTrue(names.contains(f.getFileName().toString()), "stale snapshot " + f));
    }
  }
}
