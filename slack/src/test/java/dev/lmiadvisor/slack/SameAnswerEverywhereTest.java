package dev.lmiadvisor.slack;

import static dev.lmiadvisor.slack.SlackHarness.REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.mcp.ToolCalls;
import dev.lmiadvisor.server.output.ToolJson;
import dev.lmiadvisor.server.tools.Toolsets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * SPEC "Errors": every front end calls the tools through one invoker, so the same arguments give
 * the same result over MCP, at the command line and in Slack — defaults included.
 */
class SameAnswerEverywhereTest {

  private static final Map<String, Object> ARGUMENTS =
      Map.of("runtime", "java", "peak_concurrency", 200, "memory_mb", 1024);

  @Test
  void computeSizing_givesTheSameResultOverMcpTheCommandLineAndSlack() throws Exception {
    ToolDefinition real =
        Toolsets.inventory(SlackHarness.SERVICES).tool("compute_sizing").orElseThrow();

    var mcp = ToolCalls.call(real, ARGUMENTS, Caller.commandLine());
    Map<String, Object> overMcp = ToolJson.toMap(mcp.structuredContent());

    CommandLine cli = LmiAdvisor.commandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    int exit =
        cli.execute(
            "size",
            "--runtime",
            "java",
            "--peak-concurrency",
            "200",
            "--memory-mb",
            "1024",
            "--json");
    assertEquals(0, exit);
    Map<String, Object> atTheCommandLine =
        ToolJson.toMap(new ObjectMapper().readValue(out.toString(), Map.class));

    // The real tool, recording what Slack's call reaches and returns.
    AtomicReference<Map<String, Object>> reached = new AtomicReference<>();
    AtomicReference<Map<String, Object>> inSlack = new AtomicReference<>();
    ToolDefinition recording =
        new ToolDefinition(
            real.name(),
            real.title(),
            real.description(),
            real.toolset(),
            real.hints(),
            real.inputSchema(),
            real.outputSchema(),
            request -> {
              reached.set(request.arguments());
              ToolOutcome outcome = real.handler().handle(request);
              inSlack.set(ToolJson.toMap(outcome.structured()));
              return outcome;
            });
    try (SlackHarness slack = SlackHarness.start(recording)) {
      slack.requests.slashCommand(
          "size java peak_concurrency=200 memory_mb=1024", REQUESTER, slack.stub.responseUrl("s"));
      SlackApiStub.Call answer = slack.stub.awaitResponse("s", Duration.ofSeconds(30));
      assertTrue(answer.readable().contains("2048 MB"), answer.readable());
    }

    assertEquals(overMcp, atTheCommandLine, "MCP and the command line");
    assertEquals(overMcp, inSlack.get(), "MCP and Slack");
    assertEquals("arm64", overMcp.get("architecture"), "the same default everywhere");
    assertEquals(
        Map.of(
            "runtime",
            "java",
            "peak_concurrency",
            200L,
            "memory_mb",
            1024L,
            "architecture",
            "arm64"),
        Map.copyOf(reached.get()).entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey,
                    e ->
                        e.getValue() instanceof Integer i ? (Object) i.longValue() : e.getValue())),
        "Slack's words became the tool's arguments, with the schema's default filled in");
  }
}
