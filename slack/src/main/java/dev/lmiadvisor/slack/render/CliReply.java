package dev.lmiadvisor.slack.render;

import dev.lmiadvisor.server.output.ToolJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code run_aws_cli} in Slack: the sandbox's decision and why, what ran or would run, and the
 * audit record's id. Notes from the approval (who approved, who denied, that it expired) come
 * first, so that a refused command is explained before anything else.
 */
public final class CliReply {

  private static final int CODE_LIMIT = 2500;

  private CliReply() {}

  public static void render(Output output, List<String> approvalNotes, MessageBuilder message) {
    String decision = output.text("decision");
    message.header("AWS CLI: " + (decision.isEmpty() ? "result" : decision.replace('_', ' ')));
    approvalNotes.forEach(message::section);
    output.get("reason").ifPresent(r -> message.section(Mrkdwn.escape(Output.format(r))));
    Map<String, String> table = new LinkedHashMap<>();
    if (output.get("service").isPresent() || output.get("operation").isPresent()) {
      table.put("Operation", "`" + output.text("service") + " " + output.text("operation") + "`");
    }
    output
        .object("plan")
        .ifPresent(
            plan -> {
              plan.get("region").ifPresent(r -> table.put("Region", "`" + Output.format(r) + "`"));
              plan.get("sdk_operation")
                  .ifPresent(o -> table.put("API call", "`" + Output.format(o) + "`"));
            });
    output.get("executed").ifPresent(e -> table.put("Executed", Output.format(e)));
    output.get("read_only").ifPresent(r -> table.put("Read-only", Output.format(r)));
    output.get("rule").ifPresent(r -> table.put("Rule", "`" + Output.format(r) + "`"));
    output.get("audit_id").ifPresent(a -> table.put("Audit record", "`" + Output.format(a) + "`"));
    if (!table.isEmpty()) {
      message.fields(table);
    }
    output
        .object("plan")
        .flatMap(plan -> plan.get("request"))
        .ifPresent(
            request ->
                message.section(
                    request instanceof Map<?, ?> m && m.isEmpty()
                        ? "*Request*\nno parameters: the operation is sent as it is"
                        : "*Request* (the parameters the AWS SDK sends, secrets masked)\n"
                            + code(request)));
    output
        .get("result")
        .filter(r -> !(r instanceof Map<?, ?> m && m.isEmpty()))
        .ifPresent(result -> message.section("*Result*\n" + code(result)));
  }

  private static String code(Object value) {
    String json = value instanceof String s ? s : ToolJson.pretty(value);
    return "```" + Mrkdwn.escape(Mrkdwn.truncate(json, CODE_LIMIT)) + "```";
  }
}
