package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.server.inventory.ToolTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's tool table is the inventory's; regenerate with {@code -Dreadme.update=true}. */
class ReadmeToolTableTest {

  private static final Path README = Path.of("../README.md");

  @Test
  void readmeToolTable_isGeneratedFromTheInventory() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(ToolTable.START);
    int end = readme.indexOf(ToolTable.END);
    assertTrue(start >= 0 && end > start, "README.md lacks the tool table markers");
    String expected = ToolTable.markdown(TestInventory.INVENTORY);
    String actual = readme.substring(start + ToolTable.START.length(), end).strip() + "\n";
    if (Boolean.getBoolean("readme.update") && !expected.equals(actual)) {
      String updated =
          readme.substring(0, start + ToolTable.START.length())
              + "\n"
              + expected
              + readme.substring(end);
      Files.writeString(README, updated, StandardCharsets.UTF_8);
      actual = expected;
    }
    assertEquals(
        expected, actual, "README tool table is stale; run the tests with -Dreadme.update=true");
  }

  @Test
  void readme_mentionsEveryTool() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    TestInventory.INVENTORY
        .tools()
        .forEach(t -> assertTrue(readme.contains("`" + t.name() + "`"), t.name()));
  }
}
