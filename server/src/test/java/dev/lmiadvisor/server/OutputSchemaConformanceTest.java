package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.mcp.ToolCalls;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each tool's structured result conforms to the output schema it declares. */
class OutputSchemaConformanceTest {

  static Stream<ToolDefinition> tools() {
    return TestInventory.INVENTORY.tools().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void structuredContent_conformsToTheOutputSchema(ToolDefinition tool) {
    var samples = ToolSamples.SAMPLES.get(tool.name());
    assertNotNull(samples, "add a sample call for " + tool.name() + " to ToolSamples");
    var validator = McpJsonDefaults.getSchemaValidator();
    for (Map<String, Object> arguments : samples) {
      var inputCheck = validator.validate(tool.inputSchema(), arguments);
      assertTrue(inputCheck.valid(), "sample is not valid input: " + inputCheck.errorMessage());
      McpSchema.CallToolResult result = ToolCalls.call(tool, arguments, Caller.commandLine());
      assertFalse(
          Boolean.TRUE.equals(result.isError()), tool.name() + " failed: " + result.content());
      var outputCheck = validator.validate(tool.outputSchema(), result.structuredContent());
      assertTrue(outputCheck.valid(), tool.name() + ": " + outputCheck.errorMessage());
      assertFalse(result.content().isEmpty(), "a human-readable text block");
    }
  }
}
