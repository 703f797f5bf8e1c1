package dev.lmiadvisor.slack;

import dev.lmiadvisor.slack.command.Subcommand;
import java.util.Map;

/**
 * Input schemas for each subcommand's tool: the server's real ones where the tool is on this
 * branch, SPEC.md-shaped stand-ins for the tools that land from other branches.
 */
public final class TestSchemas {

  private TestSchemas() {}

  public static Map<String, Object> input(Subcommand subcommand) {
    return switch (subcommand) {
      case SIZE -> TestTools.sizingInput();
      case COST -> TestTools.costInput();
      case REGION -> TestTools.regionInput();
      case RUN, PLAN -> TestTools.confirmingCli(new TestTools.Runs()).inputSchema();
      default ->
          dev.lmiadvisor.server.tools.Toolsets.inventory(SlackHarness.SERVICES)
              .tool(subcommand.tool().orElseThrow())
              .orElseThrow()
              .inputSchema();
    };
  }
}
