package dev.lmiadvisor.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.mcp.ToolCalls;
import dev.lmiadvisor.server.output.ToolJson;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewToolsTest {

  private static final Inventory INVENTORY = Toolsets.inventory(new Services());
  private static final JsonSchemaValidator VALIDATOR = new DefaultJsonSchemaValidator();

  private static final String TEMPLATE =
      """
      Resources:
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Runtime: python3.12
            MemorySize: 1024
            CapacityProviderConfig:
              Arn: !ImportValue provider-arn
      """;

  private static final String HANDLER =
      """
      let user;
      export const handler = async (event) => {
        user = event.user;
        await fetch('https://example.com');
        return user;
      };
      """;

  private static ToolDefinition tool(String name) {
    return INVENTORY.tool(name).orElseThrow();
  }

  private static McpSchema.CallToolResult call(String name, Map<String, Object> arguments) {
    return ToolCalls.call(tool(name), arguments, Caller.commandLine());
  }

  @Test
  void bothToolsAreRegisteredReadOnlyIdempotentAndClosedWorld() {
    for (String name : List.of("review_configuration", "review_thread_safety")) {
      ToolDefinition tool = tool(name);
      assertEquals(Hints.LOCAL_READ, tool.hints(), name);
      assertEquals(new Hints(true, false, true, false), tool.hints());
      assertEquals("review", tool.toolset());
      assertTrue(VALIDATOR.validateSchema(tool.inputSchema()).valid(), name + " input schema");
      assertTrue(VALIDATOR.validateSchema(tool.outputSchema()).valid(), name + " output schema");
    }
  }

  static Stream<Arguments> calls() {
    return Stream.of(
        Arguments.of("review_configuration", Map.of("template", TEMPLATE)),
        Arguments.of(
            "review_configuration", Map.of("template", "{\"Resources\": {", "format", "json")),
        Arguments.of("review_configuration", Map.of("template", "Resources: {}")),
        Arguments.of("review_thread_safety", Map.of("code", HANDLER, "runtime", "nodejs")),
        Arguments.of(
            "review_thread_safety", Map.of("code", "class A { void f( }", "runtime", "java")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("calls")
  void structuredOutputMatchesTheOutputSchema(String name, Map<String, Object> arguments) {
    McpSchema.CallToolResult result = call(name, arguments);
    assertFalse(Boolean.TRUE.equals(result.isError()), String.valueOf(result.content()));
    JsonSchemaValidator.ValidationResponse validation =
        VALIDATOR.validate(tool(name).outputSchema(), result.structuredContent());
    assertTrue(validation.valid(), validation.errorMessage());
    assertFalse(((McpSchema.TextContent) result.content().getFirst()).text().isBlank());
  }

  @Test
  void configurationFindingsCarryRuleSeverityResourceLineMessageAndFix() {
    Map<String, Object> output =
        ToolJson.toMap(
            call("review_configuration", Map.of("template", TEMPLATE)).structuredContent());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings = (List<Map<String, Object>>) output.get("findings");
    Map<String, Object> memory =
        findings.stream()
            .filter(f -> f.get("rule_id").equals("CFG-MEMORY-MIN"))
            .findFirst()
            .orElseThrow();
    assertEquals("error", memory.get("severity"));
    assertEquals("Fn", memory.get("resource"));
    assertEquals(6, memory.get("line"));
    assertTrue(((String) memory.get("fix")).contains("2048"));
    assertEquals(2, output.get("error_count"), "memory and runtime");
  }

  @Test
  void threadSafetyFindingsCarryTheLineAndTheFix() {
    Map<String, Object> output =
        ToolJson.toMap(
            call("review_thread_safety", Map.of("code", HANDLER, "runtime", "nodejs"))
                .structuredContent());
    @SuppressWarnings("unchecked")
    Map<String, Object> finding = ((List<Map<String, Object>>) output.get("findings")).getFirst();
    assertEquals("TS-SHARED-STATE-WRITE", finding.get("rule_id"));
    assertEquals(3, finding.get("line"));
    assertTrue(((String) finding.get("fix")).contains("AsyncLocalStorage"));
  }

  @Test
  void inputTheCallerCanFixIsAnErrorResultThatSaysWhatToChange() {
    McpSchema.CallToolResult runtime =
        call("review_thread_safety", Map.of("code", "x", "runtime", "cobol"));
    assertTrue(runtime.isError());
    assertTrue(
        ((McpSchema.TextContent) runtime.content().getFirst())
            .text()
            .contains("nodejs, java, dotnet, python"));
    McpSchema.CallToolResult notATemplate =
        call("review_configuration", Map.of("template", "- just\n- a list\n"));
    assertTrue(notATemplate.isError());
    assertTrue(
        ((McpSchema.TextContent) notATemplate.content().getFirst()).text().contains("Resources"));
  }
}
