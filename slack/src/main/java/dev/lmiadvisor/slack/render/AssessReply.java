package dev.lmiadvisor.slack.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code assess_function} in Slack: the verdict, the data window and its gaps, the observed
 * traffic, the monthly cost both ways and the LMI sizing, the notes, and the calls made.
 */
public final class AssessReply {

  private AssessReply() {}

  public static void render(Output output, MessageBuilder message) {
    String verdict = output.object("assessment").map(a -> a.text("verdict")).orElse("not assessed");
    message.header(output.text("function_name") + ": " + verdict.replace('_', ' '));
    output
        .object("assessment")
        .flatMap(a -> a.get("summary"))
        .ifPresent(s -> message.section(Mrkdwn.escape(Output.format(s))));
    Map<String, String> table = new LinkedHashMap<>();
    output
        .object("window")
        .ifPresent(
            w ->
                table.put(
                    "Data window",
                    "%s days, %s of %s hours with data, %s gap(s)"
                        .formatted(
                            w.text("days"),
                            w.text("hours_with_data"),
                            w.text("hours"),
                            w.text("gap_count"))));
    output
        .object("metrics")
        .ifPresent(
            m -> {
              table.put(
                  "Traffic",
                  "%s (peak-to-mean %s)"
                      .formatted(
                          m.text("traffic_pattern"),
                          m.number("peak_to_mean").map(Output::number).orElse("—")));
              table.put(
                  "Requests a month", m.number("monthly_requests").map(Output::number).orElse("—"));
              table.put(
                  "Duration",
                  "%s ms average, %s ms p99"
                      .formatted(
                          m.number("avg_duration_ms")
                              .map(d -> Output.number(Math.round(d)))
                              .orElse("—"),
                          m.number("p99_duration_ms")
                              .map(d -> Output.number(Math.round(d)))
                              .orElse("—")));
              table.put("Peak concurrency", Output.format(m.get("peak_concurrency").orElse(null)));
              table.put("Throttles · errors", m.text("throttles") + " · " + m.text("errors"));
            });
    output
        .object("costs")
        .ifPresent(
            c -> {
              Output standard = c.object("standard_lambda").orElse(new Output(Map.of()));
              Output lmi = c.object("lmi").orElse(new Output(Map.of()));
              table.put(
                  "Standard Lambda a month",
                  standard.number("monthly_usd").map(Output::dollars).orElse("—"));
              table.put(
                  "LMI a month (%s × %s)"
                      .formatted(lmi.text("instance_type"), lmi.text("instance_count")),
                  lmi.number("monthly_usd").map(Output::dollars).orElse("—"));
              table.put("Cheaper", "lmi".equals(c.text("cheaper")) ? "*LMI*" : "*standard Lambda*");
            });
    output
        .object("sizing")
        .ifPresent(
            s ->
                table.put(
                    "LMI sizing",
                    "%s MB, %s GiB per vCPU, at least %s environments, %s"
                        .formatted(
                            Output.format(s.get("memory_mb").orElse(null)),
                            Output.format(s.get("memory_gib_per_vcpu").orElse(null)),
                            Output.format(s.get("min_execution_environments").orElse(null)),
                            Output.format(s.get("suggested_instance_types").orElse(null)))));
    message.fields(table);
    Lists.bullets("Notes", output.strings("notes"), message);
    LiveReplies.footer(output, message);
  }
}
