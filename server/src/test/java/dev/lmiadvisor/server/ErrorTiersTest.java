package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.errors.UserInputException;
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
                  throw new UserInputException(
                      "unknown region 'us-east-9'; did you mean us-east-1?");
                }),
            Map.of(),
            Caller.commandLine());
    assertEquals(Boolean.TRUE, result.isError());
    assertEquals("unknown region 'us-east-9'; did you mean us-east-1?", text(result));
  }

  @Test
  void anIllegalArgumentFromALibrary_isAFaultNotAUserError() {
    var result =
        ToolCalls.call(
            toolThat(
                r -> {
                  throw new IllegalArgumentException("Illegal character in path at index 7: C:\\x");
                }),
            Map.of(),
            Caller.commandLine());
    assertEquals(Boolean.TRUE, result.isError());
    assertFalse(text(result).contains("Illegal character"), text(result));
    assertTrue(text(result).contains((String) result.meta().get("correlation_id")));
  }

  @Test
  void argumentsOutsideTheInputSchema_areRefusedBeforeTheHandlerRuns() {
    var ran = new java.util.concurrent.atomic.AtomicBoolean();
    ToolDefinition tool =
        new ToolDefinition(
            "probe_tool",
            "Probe",
            "A tool used only by this test to see what reaches its handler.",
            "test",
            Hints.LOCAL_READ,
            Schema.object("")
                .required("count", Schema.integer("How many.").min(1).max(10))
                .optional("mode", Schema.enumOf("How.", "plan", "execute").defaultValue("plan"))
                .closed()
                .toMap(),
            Schema.object("").toMap(),
            r -> {
              ran.set(true);
              return new dev.lmiadvisor.server.inventory.ToolOutcome(r.arguments(), "ok");
            });
    assertEquals(
        "'count' must be at most 10, not 11",
        text(ToolCalls.call(tool, Map.of("count", 11), Caller.commandLine())));
    assertEquals(
        "'mode' must be one of plan, execute, not 'run'",
        text(ToolCalls.call(tool, Map.of("count", 1, "mode", "run"), Caller.commandLine())));
    assertTrue(
        text(ToolCalls.call(tool, Map.of("cuont", 1), Caller.commandLine()))
            .startsWith(
                "'cuont' is not an argument of probe_tool (did you mean count?); it takes count, mode"));
    assertTrue(
        text(ToolCalls.call(tool, Map.of(), Caller.commandLine()))
            .startsWith("'count' is required"));
    assertFalse(ran.get(), "the handler never saw a refused call");

    var accepted = ToolCalls.call(tool, Map.of("count", 2), Caller.commandLine());
    assertEquals(
        Map.of("count", 2, "mode", "plan"), accepted.structuredContent(), "default filled in");
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

  @Test
  void aRefusedCall_isPutOnRecordFirst_andARecordThatFails_isAFault() {
    java.util.List<String> recorded = new java.util.concurrent.CopyOnWriteArrayList<>();
    ToolDefinition recording =
        new ToolDefinition(
                "probe_tool",
                "Probe",
                "A tool used only by this test to see what is recorded of refused calls.",
                "test",
                Hints.LOCAL_READ,
                Schema.object("").required("count", Schema.integer("How many.")).closed().toMap(),
                Schema.object("").toMap(),
                r -> new dev.lmiadvisor.server.inventory.ToolOutcome(r.arguments(), "ok"))
            .recordingRefusals(
                (arguments, reason, caller) ->
                    recorded.add(arguments + " | " + reason + " | " + caller.transport()));
    var refused = ToolCalls.call(recording, Map.of("count", "two"), Caller.commandLine());
    assertEquals(Boolean.TRUE, refused.isError());
    assertEquals(java.util.List.of("{count=two} | " + text(refused) + " | cli"), recorded);
    ToolCalls.call(recording, Map.of("count", 2), Caller.commandLine());
    assertEquals(1, recorded.size(), "an accepted call is not a refusal");

    ToolDefinition unrecordable =
        recording.recordingRefusals(
            (arguments, reason, caller) -> {
              throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
            });
    var fault = ToolCalls.call(unrecordable, Map.of(), Caller.commandLine());
    assertEquals(Boolean.TRUE, fault.isError());
    assertTrue(fault.meta().containsKey("correlation_id"), "not on record: a fault, not a refusal");
    assertFalse(text(fault).contains("disk full"), text(fault));
  }
}
