package dev.lmiadvisor.slack;

import dev.lmiadvisor.server.call.ToolInvoker;
import dev.lmiadvisor.server.call.ToolResult;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.slack.approval.SlackConfirmer;
import dev.lmiadvisor.slack.command.SlackCommand;
import dev.lmiadvisor.slack.command.Subcommand;
import dev.lmiadvisor.slack.command.ToolArguments;
import dev.lmiadvisor.slack.compose.AnswerComposer;
import dev.lmiadvisor.slack.render.AnswerReply;
import dev.lmiadvisor.slack.render.AnswerView;
import dev.lmiadvisor.slack.render.MessageBuilder;
import dev.lmiadvisor.slack.render.Mrkdwn;
import dev.lmiadvisor.slack.render.Reply;
import dev.lmiadvisor.slack.render.ToolReplies;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a Slack command through the server's tool inventory, exactly as an MCP client's call runs:
 * the same handler, so {@code /lmi run} meets the same sandbox and audit log as {@code
 * run_aws_cli}. Keeps the error tiers of the server: a problem the person can fix is answered in
 * their words; a fault of ours is logged with a correlation id, and only the id reaches Slack.
 */
public final class CommandRunner {

  private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

  private final Inventory inventory;
  private final Optional<AnswerComposer> composer;

  public CommandRunner(Inventory inventory, Optional<AnswerComposer> composer) {
    this.inventory = inventory;
    this.composer = composer;
  }

  /** Either an answer that needs no tool (help, a mistake in the command) or a tool call to run. */
  public sealed interface Prepared {}

  public record Immediate(Reply reply) implements Prepared {}

  public record Job(SlackCommand command, ToolDefinition tool, Map<String, Object> arguments)
      implements Prepared {}

  /** Reads and checks a command; quick enough for the request thread, within Slack's 3 seconds. */
  public Prepared prepare(Supplier<SlackCommand> reader) {
    try {
      SlackCommand command = reader.get();
      Subcommand subcommand = command.subcommand();
      if (subcommand == Subcommand.HELP) {
        return new Immediate(Help.of(inventory, command.rest()));
      }
      Optional<ToolDefinition> tool = subcommand.tool().flatMap(inventory::tool);
      if (tool.isEmpty()) {
        return new Immediate(Reply.privately(Help.unavailable(subcommand)));
      }
      Map<String, Object> schema = tool.get().inputSchema();
      Map<String, Object> arguments =
          subcommand.words() == Subcommand.Words.FREE_TEXT
              ? ToolArguments.freeText(subcommand, schema, command.rest())
              : ToolArguments.parse(subcommand, schema, command.words());
      return new Job(command, tool.get(), arguments);
    } catch (IllegalArgumentException e) {
      return new Immediate(Reply.privately(e.getMessage()));
    }
  }

  /**
   * Runs the tool as the requester; blocks while an Approve/Deny request waits for a click.
   *
   * @param intro who asked what, shown under the answer
   */
  public Reply run(Job job, Requester requester, SlackConfirmer confirmer, String intro) {
    String toolName = job.tool().name();
    Caller caller = new Caller("slack", "slack", Optional.of(confirmer), requester.identity());
    ToolResult.Ok ok;
    switch (ToolInvoker.invoke(job.tool(), withRasterChart(job), caller)) {
      case ToolResult.Ok answer -> ok = answer;
      case ToolResult.UserError error -> {
        StringBuilder text = new StringBuilder(Mrkdwn.escape(error.message()));
        confirmer.notes().forEach(n -> text.append("\n").append(n));
        return Reply.privately(text.toString());
      }
      case ToolResult.Fault fault -> {
        return Reply.privately(
            "Something went wrong on our side while running `%s`; the failed step changed nothing. Report correlation id `%s` (the details are in the bot's log)."
                .formatted(toolName, fault.correlationId()));
      }
    }
    Map<String, Object> structured = ok.structured();
    Optional<String> composed = Optional.empty();
    if (job.command().subcommand() == Subcommand.ASK && composer.isPresent()) {
      composed = compose(String.valueOf(job.arguments().get("question")), structured);
      if (composed.isEmpty()) {
        intro = intro + " · the language model did not answer, so these are the passages";
      }
    }
    Reply reply =
        ToolReplies.render(
            toolName,
            job.tool().title(),
            job.arguments(),
            structured,
            ok.text(),
            intro,
            composed,
            confirmer.notes());
    return ok.image(ToolOutcome.Image.PNG)
        .map(
            image ->
                reply.withImage(
                    new Reply.Image(
                        CHART_FILE, job.tool().title(), image.description(), image.data())))
        .orElse(reply);
  }

  /** What the uploaded chart is called in Slack. */
  static final String CHART_FILE = "break-even.png";

  /**
   * Slack previews PNG files inline and shows SVG files as a download, so a tool that can draw a
   * chart is asked for PNG.
   */
  private static Map<String, Object> withRasterChart(Job job) {
    if (job.tool().inputSchema().get("properties") instanceof Map<?, ?> properties
        && properties.containsKey(CHART_FORMAT)
        && !job.arguments().containsKey(CHART_FORMAT)) {
      Map<String, Object> arguments = new java.util.LinkedHashMap<>(job.arguments());
      arguments.put(CHART_FORMAT, "png");
      return arguments;
    }
    return job.arguments();
  }

  private static final String CHART_FORMAT = "chart_format";

  /**
   * The passages after the first of an answer, for the person who pressed "Show more": the same
   * question through the same invoker, so the passages are the same ones.
   */
  public Reply morePassages(String question, Requester requester) {
    Optional<ToolDefinition> tool = inventory.tool("answer_question");
    if (tool.isEmpty()) {
      return Reply.privately(Help.unavailable(Subcommand.ASK));
    }
    Caller caller = new Caller("slack", "slack", Optional.empty(), requester.identity());
    Map<String, Object> arguments = Map.of("question", question, "max_passages", 3);
    return switch (ToolInvoker.invoke(tool.get(), arguments, caller)) {
      case ToolResult.Ok ok -> {
        MessageBuilder message = new MessageBuilder();
        AnswerReply.renderRest(AnswerView.of(ok.structured()), message);
        yield new Reply(message.build(), ok.text(), false);
      }
      case ToolResult.UserError error -> Reply.privately(Mrkdwn.escape(error.message()));
      case ToolResult.Fault fault ->
          Reply.privately(
              "Something went wrong on our side; report correlation id `%s`."
                  .formatted(fault.correlationId()));
    };
  }

  private Optional<String> compose(String question, Map<String, Object> answer) {
    try {
      return Optional.of(composer.orElseThrow().compose(question, AnswerView.of(answer)));
    } catch (RuntimeException e) {
      log.warn("answer composition failed; answering with the passages", e);
      return Optional.empty();
    }
  }
}
