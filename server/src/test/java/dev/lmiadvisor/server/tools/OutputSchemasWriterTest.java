package dev.lmiadvisor.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.server.TestInventory;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.output.PrebuiltSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The output schemas the server starts with are read from the file the build wrote; these tests pin
 * that the file is shipped, holds every tool, and says exactly what deriving them now says.
 */
class OutputSchemasWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shippedSchemas_areTheSchemasDerivedFromTheRecordsNow() throws IOException {
    TreeMap<String, Map<String, Object>> derived = OutputSchemasWriter.derived();
    try (InputStream in = PrebuiltSchemas.class.getResourceAsStream(PrebuiltSchemas.FILE)) {
      assertNotNull(in, "the build writes " + PrebuiltSchemas.FILE + " at process-classes");
      assertEquals(JSON.valueToTree(derived), JSON.readTree(in));
    }
  }

  @Test
  void servedSchemas_areTheDerivedOnes() {
    TreeMap<String, Map<String, Object>> derived = OutputSchemasWriter.derived();
    for (ToolDefinition tool : TestInventory.INVENTORY.tools()) {
      assertEquals(
          JSON.valueToTree(derived.get(tool.name())),
          JSON.valueToTree(tool.outputSchema()),
          tool.name());
    }
    assertEquals(derived.keySet().size(), TestInventory.INVENTORY.tools().size());
  }
}
