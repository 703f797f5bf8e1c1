package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.mcp.ToolCalls;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules every tool in the inventory keeps (STYLE.md 2 and 3). */
class ToolRegistryTest {

  static Stream<ToolDefinition> tools() {
    return TestInventory.INVENTORY.tools().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void everyTool_hasDescriptionTitleAndSnakeCaseName(ToolDefinition tool) {
    assertTrue(tool.name().matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), tool.name());
    assertTrue(tool.name().length() <= 64);
    assertTrue(
        tool.description().length() >= 40, "a description that helps a model choose the tool");
    assertFalse(tool.title().isBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void everyTool_declaresAllFourAnnotationsExplicitly(ToolDefinition tool) {
    McpSchema.ToolAnnotations annotations = ToolCalls.describe(tool).annotations();
    assertNotNull(annotations.readOnlyHint());
    assertNotNull(annotations.destructiveHint());
    assertNotNull(annotations.idempotentHint());
    assertNotNull(annotations.openWorldHint());
    if (annotations.readOnlyHint()) {
      assertFalse(annotations.destructiveHint(), "a read-only tool cannot be destructive");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void everySchema_isAnObjectWithoutTopLevelUnions(ToolDefinition tool) {
    for (Map<String, Object> schema : java.util.List.of(tool.inputSchema(), tool.outputSchema())) {
      assertEquals("object", schema.get("type"));
      assertFalse(schema.containsKey("anyOf"), "clients reject top-level anyOf");
      assertFalse(schema.containsKey("oneOf"), "clients reject top-level oneOf");
      assertFalse(schema.containsKey("allOf"));
      var check = McpJsonDefaults.getSchemaValidator().validateSchema(schema);
      assertTrue(check.valid(), tool.name() + ": " + check.errorMessage());
    }
    assertEquals(
        false, tool.inputSchema().get("additionalProperties"), "misspelt arguments are refused");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void everyInputProperty_isSnakeCase(ToolDefinition tool) {
    @SuppressWarnings("unchecked")
    Map<String, Object> properties = (Map<String, Object>) tool.inputSchema().get("properties");
    properties
        .keySet()
        .forEach(name -> assertTrue(name.matches("[a-z][a-z0-9]*(_[a-z0-9]+)*"), name));
  }

  @Test
  void toolNames_areUnique() {
    var names = new HashSet<String>();
    tools().forEach(t -> assertTrue(names.add(t.name()), "duplicate " + t.name()));
  }

  @Test
  void readOnlyMode_keepsOnlyReadOnlyTools() {
    assertTrue(
        TestInventory.INVENTORY.readOnly().tools().stream().allMatch(t -> t.hints().readOnly()));
  }
}
