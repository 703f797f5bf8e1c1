package dev.lmiadvisor.slack.render;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code compare_costs} in Slack: both monthly bills side by side, the verdict, the price date. */
public final class CostReply {

  private CostReply() {}

  public static void render(Output output, MessageBuilder message) {
    message.header("Standard Lambda or LMI: monthly cost");
    Output standard = output.object("standard_lambda").orElse(new Output(Map.of()));
    Output lmi = output.object("lmi").orElse(new Output(Map.of()));

    Map<String, String> table = new LinkedHashMap<>();
    table.put(
        "Standard Lambda",
        lines(
            "Requests", dollars(standard, "request_usd"),
            "Duration", dollars(standard, "duration_usd"),
            "Monthly", "*" + dollars(standard, "monthly_usd") + "*"));
    String fleet =
        lmi.get("instance_type").isPresent()
            ? " (%s × %s)".formatted(lmi.text("instance_type"), lmi.text("instance_count"))
            : "";
    table.put(
        "LMI" + fleet,
        lines(
            "EC2", dollars(lmi, "ec2_usd"),
            "Management fee", dollars(lmi, "management_fee_usd"),
            "Requests", dollars(lmi, "request_usd"),
            "Monthly", "*" + dollars(lmi, "monthly_usd") + "*"));
    message.fields(table);

    StringBuilder verdict = new StringBuilder();
    output
        .get("cheaper")
        .ifPresent(
            cheaper ->
                verdict
                    .append("*Cheaper:* ")
                    .append("lmi".equals(cheaper) ? "LMI" : "standard Lambda")
                    .append(
                        output
                            .number("savings_pct")
                            .map(p -> ", by " + Output.number(Math.round(p * 10) / 10.0) + "%")
                            .orElse("")));
    output
        .number("break_even_monthly_requests")
        .ifPresent(
            n ->
                verdict
                    .append(verdict.isEmpty() ? "" : "\n")
                    .append("*Break-even:* ")
                    .append(Output.number(n))
                    .append(" requests a month"));
    if (!verdict.isEmpty()) {
      message.section(verdict.toString());
    }
    Lists.bullets("Warnings", output.strings("warnings"), message);
    Lists.bullets("Always mention", output.strings("must_mention"), message);
    output
        .get("prices_as_of")
        .ifPresent(date -> message.context("Prices as of " + Mrkdwn.escape(Output.format(date))));
  }

  private static String dollars(Output costs, String field) {
    return costs.number(field).map(Output::dollars).orElse("—");
  }

  private static String lines(String... labelValuePairs) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < labelValuePairs.length; i += 2) {
      text.append(i == 0 ? "" : "\n")
          .append(labelValuePairs[i])
          .append(": ")
          .append(labelValuePairs[i + 1]);
    }
    return text.toString();
  }
}
