package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.Schema;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolHandler;
import dev.lmiadvisor.server.mcp.ToolCalls;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC "Errors": what the caller can fix is said plainly; our faults show only an id. */
class ErrorTiersTest {

  private static ToolDefinition toolThat(ToolHandler handler) {
    return new ToolDefinition(
        "probe_tool",
        "Probe",
        "A tool used only by this test to throw chosen exceptions.",
        "test",
        Hints.LOCAL_READ,
        Schema.object("").closed().toMap(),
        Schema.object("").toMap(),
        handler);
  }

  private static String text(McpSchema.CallToolResult result) {
    return ((McpSchema.TextContent) result.content().get(0)).text();
  }

  @Test
  void userError_reachesTheClientAsAnIsErrorResultWithItsMessage() {
    var result =
        ToolCalls.call(
            toolThat(
                r -> {
                  throw new IllegalArgumentException(
                      "unknown region 'us-east-9'; did you mean us-east-1?");
                }),
            Map.of(),
            Caller.commandLine());
    assertEquals(Boolean.TRUE, result.isError());
    assertEquals("unknown region 'us-east-9'; did you mean us-east-1?", text(result));
  }

  @Test
  void internalFault_showsOnlyACorrelationId() {
    var result =
        ToolCalls.call(
            toolThat(
                r -> {
                  throw new IllegalStateException("db password=hunter2 at /srv/secret/config.yaml");
                }),
            Map.of(),
            Caller.commandLine());
    String text = text(result);
    assertEquals(Boolean.TRUE, result.isError());
    assertFalse(text.contains("hunter2"), text);
    assertFalse(text.contains("/srv/secret"), text);
    assertFalse(text.contains("IllegalStateException"), text);
    assertFalse(text.contains("at dev."), "no stack frame");
    String id = (String) result.meta().get("correlation_id");
    assertTrue(text.contains(id), "the id the client sees is the one in the log");
  }

  @Test
  void errorsThrownAsErrors_areFaultsToo() {
    var result =
        ToolCalls.call(
            toolThat(
                r -> {
                  throw new StackOverflowError("deep inside");
                }),
            Map.of(),
            Caller.commandLine());
    assertTrue(result.isError());
    assertFalse(text(result).contains("deep inside"));
  }

  @Test
  void outputThatCannotBeSerialised_isAFaultNotALeak() {
    var result =
        ToolCalls.call(
            toolThat(
                r ->
                    new dev.lmiadvisor.server.inventory.ToolOutcome(
                        new Object() {
                          @SuppressWarnings("unused")
                          public String getSecret() {
                            throw new IllegalStateException("token=abc123");
                          }
                        },
                        "text")),
            Map.of(),
            Caller.commandLine());
    assertTrue(result.isError());
    assertFalse(text(result).contains("abc123"));
  }
}
