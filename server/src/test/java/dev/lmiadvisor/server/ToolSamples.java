package dev.lmiadvisor.server;

import java.util.List;
import java.util.Map;

/**
 * At least one valid call per tool. The output-schema test runs each through the tool and checks
 * the structured result against the declared output schema; a tool without a sample fails it.
 */
public final class ToolSamples {

  private static Map<String, List<Map<String, Object>>> all() {
    Map<String, List<Map<String, Object>>> samples = new java.util.HashMap<>(BASE);
    // The sandbox's own schema test holds samples of every kind of its results.
    samples.putAll(dev.lmiadvisor.server.tools.SandboxToolsSchemaTest.SAMPLES);
    return Map.copyOf(samples);
  }

  private static final Map<String, List<Map<String, Object>>> BASE =
      Map.ofEntries(
          // The live-account tools read the loopback LiveAccount (TestInventory, the e2e suite).
          Map.entry(
              "inspect_deployment",
              List.of(
                  Map.of("region", LiveAccount.REGION),
                  Map.of("region", LiveAccount.REGION, "capacity_provider", "orders-cp"),
                  Map.of("region", LiveAccount.REGION, "function_name", "orders-api"))),
          Map.entry(
              "assess_function",
              List.of(
                  Map.of(
                      "function_name", LiveAccount.STANDARD_FUNCTION, "region", LiveAccount.REGION),
                  Map.of(
                      "function_name",
                      LiveAccount.STANDARD_FUNCTION,
                      "region",
                      LiveAccount.REGION,
                      "days",
                      3))),
          Map.entry(
              "review_configuration",
              List.of(
                  Map.of(
                      "template",
                      """
                      AWSTemplateFormatVersion: '2010-09-09'
                      Transform: AWS::Serverless-2016-10-31
                      Resources:
                        Fn:
                          Type: AWS::Serverless::Function
                          Properties:
                            Runtime: nodejs18.x
                            Handler: index.handler
                            MemorySize: 1024
                            CapacityProviderConfig:
                              Arn: !GetAtt Provider.Arn
                      """),
                  Map.of("template", "Resources: [unclosed", "format", "yaml"),
                  Map.of("template", "{\"Resources\": {}}", "format", "json"))),
          Map.entry(
              "review_thread_safety",
              List.of(
                  Map.of(
                      "runtime",
                      "java",
                      "code",
                      """
                      import java.text.SimpleDateFormat;
                      public class Handler {
                        private static final SimpleDateFormat FORMAT = new SimpleDateFormat("yyyy");
                        private static String currentUser;
                        public String handleRequest(String input, Object context) {
                          currentUser = input;
                          return FORMAT.format(new java.util.Date()) + currentUser;
                        }
                      }
                      """),
                  Map.of(
                      "runtime",
                      "python",
                      "code",
                      "import json\n\ndef handler(event, context):\n    open('/tmp/out.json', 'w').write(json.dumps(event))\n    return 1\n"))),
          Map.entry(
              "assess_workload",
              List.of(
                  Map.of(),
                  Map.of(
                      "monthly_requests",
                      300_000_000,
                      "traffic_pattern",
                      "steady",
                      "cold_starts",
                      "unacceptable",
                      "needs_scale_to_zero",
                      false,
                      "runtime",
                      "java",
                      "thread_safe",
                      true),
                  Map.of(
                      "monthly_requests",
                      200_000,
                      "traffic_pattern",
                      "bursty",
                      "needs_scale_to_zero",
                      true))),
          Map.entry(
              "compute_sizing",
              List.of(
                  Map.of("runtime", "nodejs"),
                  Map.of(
                      "runtime",
                      "python",
                      "workload",
                      "memory_bound",
                      "memory_mb",
                      1024,
                      "peak_concurrency",
                      400),
                  Map.of(
                      "runtime", "java",
                      "workload", "cpu_bound",
                      "peak_rps", 250,
                      "avg_duration_ms", 120,
                      "architecture", "x86_64",
                      "environment", "non_production"))),
          Map.entry(
              "compare_costs",
              List.of(
                  Map.of("monthly_requests", 259_200_000, "avg_duration_ms", 200, "memory_mb", 512),
                  Map.of(
                      "monthly_requests",
                      50_000_000,
                      "avg_duration_ms",
                      80,
                      "memory_mb",
                      2048,
                      "architecture",
                      "arm64",
                      "region",
                      "eu-west-1",
                      "instance_type",
                      "m7g.large",
                      "instance_count",
                      3,
                      "savings_plan",
                      "compute_3yr",
                      "include_free_tier",
                      true))),
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

  // Declared after BASE: static fields initialise in order.
  public static final Map<String, List<Map<String, Object>>> SAMPLES = all();

  private ToolSamples() {}
}
