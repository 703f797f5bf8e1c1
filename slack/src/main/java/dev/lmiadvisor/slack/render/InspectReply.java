package dev.lmiadvisor.slack.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code inspect_deployment} in Slack: the provider and its state, the likely cause when it is not
 * Active, the findings (errors first) each with its first fix as a command, the IAM actions to
 * grant, and the calls made with the audit id.
 */
public final class InspectReply {

  static final int MAX_FINDINGS = 10;

  private InspectReply() {}

  public static void render(Output output, MessageBuilder message) {
    String state = output.text("state");
    message.header(
        output
            .object("capacity_provider")
            .map(p -> "Capacity provider " + p.text("name") + ": " + state)
            .orElse("Live deployment: " + state.replace('_', ' ')));
    Map<String, String> table = new LinkedHashMap<>();
    table.put("Region", "`" + Mrkdwn.escape(output.text("region")) + "`");
    table.put("State", Mrkdwn.escape(state));
    List<Output> functions = output.objects("functions");
    if (!functions.isEmpty()) {
      table.put(
          "Functions",
          functions.stream()
              .map(
                  f ->
                      "`%s:%s` %s"
                          .formatted(
                              Mrkdwn.escape(f.text("name")),
                              Mrkdwn.escape(f.text("version")),
                              Mrkdwn.escape(f.text("state"))))
              .collect(Collectors.joining("\n")));
    }
    output
        .object("network")
        .ifPresent(n -> table.put("Egress to AWS APIs", Mrkdwn.escape(n.text("egress"))));
    output
        .object("operator_role")
        .ifPresent(
            r ->
                table.put(
                    "Operator role",
                    "`%s` %s"
                        .formatted(
                            Mrkdwn.escape(r.text("role_name")),
                            r.flag("exists")
                                ? r.get("trusts_lambda")
                                    .map(
                                        t ->
                                            Boolean.TRUE.equals(t)
                                                ? "trusts Lambda"
                                                : "*does not trust Lambda*")
                                    .orElse("")
                                : "*missing*")));
    message.fields(table);
    output
        .get("likely_cause")
        .ifPresent(c -> message.section("*Likely cause*\n" + Mrkdwn.escape(Output.format(c))));
    List<Output> findings = output.objects("findings");
    if (!findings.isEmpty()) {
      message.section(
          "*Findings* (%d)\n".formatted(findings.size())
              + findings.stream()
                  .limit(MAX_FINDINGS)
                  .map(InspectReply::finding)
                  .collect(Collectors.joining("\n")));
    }
    LiveReplies.footer(output, message);
  }

  private static String finding(Output f) {
    String fix =
        f.get("fix_command")
            .map(c -> "\n    Fix: `" + Mrkdwn.escape(Output.format(c)) + "`")
            .orElse("");
    return "• *%s* `%s` %s — %s%s"
        .formatted(
            f.text("severity"),
            Mrkdwn.escape(f.text("rule_id")),
            Mrkdwn.escape(f.text("resource")),
            Mrkdwn.escape(f.text("message")),
            fix);
  }
}
