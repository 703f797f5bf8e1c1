package dev.lmiadvisor.server;

import java.util.List;
import java.util.Map;

/**
 * At least one valid call per tool. The output-schema test runs each through the tool and checks
 * the structured result against the declared output schema; a tool without a sample fails it.
 */
final class ToolSamples {

  static final Map<String, List<Map<String, Object>>> SAMPLES =
      Map.of(
          "route_question",
              List.of(
                  Map.of(
                      "question", "Is LMI cheaper than Lambda for 500 million requests a month?"),
                  Map.of("question", "hello there")),
          "answer_question",
              List.of(
                  Map.of("question", "容量提供商一直卡在 Pending 怎么办？", "max_passages", 2),
                  Map.of("question", "How do I make a Java handler thread-safe?")),
          "read_reference",
              List.of(
                  Map.of("reference", "cost-comparison"),
                  Map.of("reference", "troubleshooting", "language", "zh")));

  private ToolSamples() {}
}
