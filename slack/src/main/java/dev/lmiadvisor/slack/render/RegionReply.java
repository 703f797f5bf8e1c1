package dev.lmiadvisor.slack.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code check_region_availability} in Slack: the status with its date and sources and, where LMI
 * is not offered, the alternatives and the nearest Regions that have it.
 */
public final class RegionReply {

  private static final int MAX_ALTERNATIVES = 6;
  private static final int MAX_NEAREST = 5;

  private RegionReply() {}

  public static void render(Output output, MessageBuilder message) {
    String name = output.text("region_name");
    message.header(output.text("region") + (name.isEmpty() ? "" : " — " + name));
    Map<String, String> table = new LinkedHashMap<>();
    table.put("Lambda Managed Instances", status(output.text("status")));
    output.get("as_of").ifPresent(d -> table.put("As of", Output.format(d)));
    output.get("partition").ifPresent(p -> table.put("Partition", Output.format(p)));
    message.fields(table);
    output.get("reason").ifPresent(r -> message.section(Mrkdwn.fromMarkdown(Output.format(r))));

    List<String> sources = new ArrayList<>();
    for (Object source : output.list("sources")) {
      if (source instanceof Map<?, ?> map && map.get("url") != null) {
        Object title = map.get("title") == null ? map.get("url") : map.get("title");
        sources.add(Mrkdwn.link(map.get("url").toString(), title.toString()));
      } else {
        sources.add(Mrkdwn.escape(Output.format(source)));
      }
    }
    if (!sources.isEmpty()) {
      message.context("Sources: " + String.join(" · ", sources));
    }

    List<Output> alternatives = output.objects("alternatives");
    if (!alternatives.isEmpty()) {
      message.divider();
      message.section("*Alternatives here*");
      alternatives.stream().limit(MAX_ALTERNATIVES).forEach(a -> message.section(alternative(a)));
    }
    List<Output> nearest = output.objects("nearest_available_regions");
    if (!nearest.isEmpty()) {
      message.section(
          "*Nearest Regions with LMI*\n"
              + nearest.stream()
                  .limit(MAX_NEAREST)
                  .map(
                      r ->
                          "• `%s`%s%s"
                              .formatted(
                                  r.text("region"),
                                  r.get("region_name").isPresent()
                                      ? " " + Mrkdwn.escape(r.text("region_name"))
                                      : "",
                                  r.number("distance_km")
                                      .map(d -> " — " + Output.number(Math.round(d)) + " km")
                                      .orElse("")))
                  .collect(Collectors.joining("\n")));
    }
  }

  private static String status(String status) {
    return switch (status) {
      case "available" -> "available";
      case "not_available" -> "*not available*";
      case "unknown" -> "unknown (no source either way)";
      default -> Mrkdwn.escape(status);
    };
  }

  private static String alternative(Output a) {
    StringBuilder text = new StringBuilder("*").append(Mrkdwn.escape(a.text("name"))).append('*');
    a.get("complexity").ifPresent(c -> text.append(" · effort: ").append(Output.format(c)));
    if (!a.strings("services").isEmpty()) {
      text.append("\n").append(Mrkdwn.escape(String.join(", ", a.strings("services"))));
    }
    if (!a.strings("keeps").isEmpty()) {
      text.append("\n_Keeps:_ ").append(Mrkdwn.escape(String.join("; ", a.strings("keeps"))));
    }
    if (!a.strings("loses").isEmpty()) {
      text.append("\n_Loses:_ ").append(Mrkdwn.escape(String.join("; ", a.strings("loses"))));
    }
    return text.toString();
  }
}
