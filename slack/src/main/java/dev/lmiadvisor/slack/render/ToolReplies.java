package dev.lmiadvisor.slack.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Chooses the layout for a tool's output; tools without one get the generic table. */
public final class ToolReplies {

  private ToolReplies() {}

  /**
   * @param arguments the arguments the tool ran with
   * @param intro who asked what, shown first (a slash command's delayed answer does not show the
   *     command itself)
   * @param composed a reply written by the language model from an answer, when composition is on
   * @param approvalNotes what happened to an Approve/Deny request, for {@code run_aws_cli}
   */
  public static Reply render(
      String tool,
      String toolTitle,
      Map<String, Object> arguments,
      Map<String, Object> structured,
      String text,
      String intro,
      Optional<String> composed,
      List<String> approvalNotes) {
    MessageBuilder message = new MessageBuilder();
    Output output = new Output(structured);
    switch (tool) {
      case "answer_question" ->
          AnswerReply.render(AnswerView.of(structured), composed, question(arguments), message);
      case "compute_sizing" -> SizingReply.render(output, message);
      case "compare_costs" -> CostReply.render(output, message);
      case "check_region_availability" -> RegionReply.render(output, message);
      case "run_aws_cli" -> CliReply.render(output, approvalNotes, message);
      case "inspect_deployment" -> InspectReply.render(output, message);
      case "assess_function" -> AssessReply.render(output, message);
      default -> GenericReply.render(toolTitle, output, text, message);
    }
    if (!tool.equals("run_aws_cli")) {
      approvalNotes.forEach(message::section);
    }
    message.context(intro);
    // The notification text: an answer's own text links the MCP resource, which Slack cannot open.
    String notification =
        tool.equals("answer_question")
            ? "From the reference " + AnswerView.of(structured).title() + ". " + intro
            : fallback(intro, text);
    return new Reply(message.build(), notification, true);
  }

  private static String question(Map<String, Object> arguments) {
    Object question = arguments.get("question");
    return question == null ? "" : question.toString();
  }

  private static String fallback(String intro, String text) {
    return (text == null || text.isBlank()) ? intro : text;
  }
}
