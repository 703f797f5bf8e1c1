package dev.lmiadvisor.server;

import java.util.List;
import java.util.Map;

/**
 * At least one valid call per tool. The output-schema test runs each through the tool and checks
 * the structured result against the declared output schema; a tool without a sample fails it.
 */
final class ToolSamples {

  static final Map<String, List<Map<String, Object>>> SAMPLES =
      Map.ofEntries(
          Map.entry(
              "check_region_availability",
              List.of(
                  Map.of("region", "cn-north-1"),
                  Map.of("region", " US-EAST-1 "),
                  Map.of("region", "il-central-1"),
                  Map.of("region", "us-gov-west-1"))),
          Map.entry(
              "list_regions",
              List.of(Map.of(), Map.of("partition", "aws-cn"), Map.of("available", true))),
          Map.entry(
              "route_question",
              List.of(
                  Map.of(
                      "question", "Is LMI cheaper than Lambda for 500 million requests a month?"),
                  Map.of("question", "hello there"))),
          Map.entry(
              "answer_question",
              List.of(
                  Map.of("question", "容量提供商一直卡在 Pending 怎么办？", "max_passages", 2),
                  Map.of("question", "How do I make a Java handler thread-safe?"))),
          Map.entry(
              "read_reference",
              List.of(
                  Map.of("reference", "cost-comparison"),
                  Map.of("reference", "troubleshooting", "language", "zh"))));

  private ToolSamples() {}
}
