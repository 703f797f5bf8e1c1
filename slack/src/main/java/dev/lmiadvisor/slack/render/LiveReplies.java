package dev.lmiadvisor.slack.render;

import java.util.List;

/** What the live-account replies end with: the IAM actions to grant, and the calls on record. */
final class LiveReplies {

  private LiveReplies() {}

  static void footer(Output output, MessageBuilder message) {
    List<String> missing = output.strings("missing_permissions");
    if (!missing.isEmpty()) {
      message.section(
          "*AWS refused some reads.* Grant "
              + String.join(", ", missing.stream().map(a -> "`" + a + "`").toList())
              + " (the README's read-only policy lists every action); the rest is above.");
    }
    List<Output> calls = output.objects("calls");
    long answered = calls.stream().filter(c -> "ok".equals(c.text("outcome"))).count();
    message.context(
        "Read-only · %d AWS call(s), %d answered · audit record `%s`"
            .formatted(calls.size(), answered, Mrkdwn.escape(output.text("audit_id"))));
  }
}
