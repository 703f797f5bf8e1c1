package dev.lmiadvisor.slack.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code compute_sizing} in Slack: the shape of the function and its fleet as a table. */
public final class SizingReply {

  /** SPEC.md output fields, in reading order, with their labels and units. */
  private static final List<Row> ROWS =
      List.of(
          new Row("memory_mb", "Function memory", " MB"),
          new Row("memory_gib_per_vcpu", "Memory per vCPU", " GiB"),
          new Row("vcpus_per_execution_environment", "vCPUs per execution environment", ""),
          new Row(
              "per_execution_environment_max_concurrency",
              "Max concurrency per execution environment",
              ""),
          new Row("runtime_max_concurrency_per_vcpu", "Runtime concurrency per vCPU", ""),
          new Row("min_execution_environments", "Minimum execution environments", ""),
          new Row("max_vcpu_count", "Capacity provider max vCPUs", ""),
          new Row("instance_family", "Instance family", ""),
          new Row("suggested_instance_types", "Suggested instance types", ""),
          new Row("architecture", "Architecture", ""));

  private record Row(String field, String label, String unit) {}

  private SizingReply() {}

  public static void render(Output output, MessageBuilder message) {
    message.header("LMI sizing");
    Map<String, String> table = new LinkedHashMap<>();
    for (Row row : ROWS) {
      output.get(row.field()).ifPresent(v -> table.put(row.label(), Output.format(v) + row.unit()));
    }
    message.fields(table);
    Lists.bullets("Warnings", output.strings("warnings"), message);
    Lists.bullets("Always mention", output.strings("must_mention"), message);
  }
}
