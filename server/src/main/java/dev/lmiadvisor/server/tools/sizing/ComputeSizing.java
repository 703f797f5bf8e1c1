package dev.lmiadvisor.server.tools.sizing;

import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.names;
import static dev.lmiadvisor.server.inventory.Schema.object;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.lmiadvisor.knowledge.MustMention;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import dev.lmiadvisor.tools.sizing.InstanceFamily;
import dev.lmiadvisor.tools.sizing.SizingResult;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.DeploymentEnvironment;
import java.util.Arrays;
import java.util.List;

/** compute_sizing: an LMI configuration from the runtime, the workload and the peak load. */
public final class ComputeSizing {

  public static final String NAME = "compute_sizing";

  /** The sizing, with the facts a reply must carry. */
  public record Output(@JsonUnwrapped SizingResult sizing, List<String> mustMention) {}

  private ComputeSizing() {}

  /**
   * What a sizing's fields take beyond their Java types, at {@code prefix} (empty for this tool's
   * own output, {@code sizing.} where another tool carries a sizing).
   */
  public static OutputSchema outputNotes(OutputSchema schema, String prefix) {
    return schema
        .values(prefix + "architecture", Architecture.class)
        .values(prefix + "environment", DeploymentEnvironment.class)
        .values(prefix + "memory_gib_per_vcpu", 2.0, 4.0, 8.0)
        .values(
            prefix + "instance_family",
            Arrays.stream(InstanceFamily.values()).map(Enum::name).toArray(String[]::new));
  }

  public static ToolDefinition definition(Services services) {
    return new ToolDefinition(
        NAME,
        "Size an LMI function",
        "Computes an LMI configuration from the runtime, the workload profile, the peak load"
            + " (peak_concurrency, or peak_rps with avg_duration_ms) and the memory one request uses:"
            + " MemorySize (2048 to 32768; lower values are raised with a warning),"
            + " ExecutionEnvironmentMemoryGiBPerVCpu (2, 4 or 8), vCPUs per execution environment,"
            + " PerExecutionEnvironmentMaxConcurrency (never above the runtime's per-vCPU default),"
            + " Min/MaxExecutionEnvironments (at least 3 in production), MaxVCpuCount as the cost"
            + " ceiling, the instance family and concrete instance types that fit, Graviton by"
            + " default. Each number is explained with the formula (F1 to F9) behind it.",
        SizingInputs.TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .required("runtime", SizingInputs.runtime("The function's runtime.", false))
            .optional("workload", SizingInputs.workload())
            .optional(
                "peak_concurrency", integer("Requests in flight at peak.").min(1).max(10_000_000))
            .optional("peak_rps", SizingInputs.positiveNumber("Requests per second at peak."))
            .optional(
                "avg_duration_ms",
                SizingInputs.positiveNumber("Average duration of one request, ms (with peak_rps)."))
            .optional(
                "memory_mb",
                integer(
                        "Memory one request uses today, MB: the standard function's memory; for"
                            + " Python, the measured memory of one process (leave it out to start"
                            + " at the 2048 MB floor).")
                    .min(1)
                    .max(32768))
            .optional(
                "architecture", SizingInputs.architecture("arm64 (Graviton, default) or x86_64."))
            .optional(
                "environment",
                enumOf(
                    "production (default, at least 3 environments) or non_production.",
                    names(DeploymentEnvironment.values())))
            .optional(
                "region",
                SizingInputs.region(
                    "Region whose prices rank the instance types; default us-east-1."))
            .closed()
            .toMap(),
        outputNotes(OutputSchema.of(NAME, Output.class), "").toMap(),
        request -> {
          SizingResult sizing = services.sizing().size(SizingArguments.sizing(request));
          List<String> mention = SizingInputs.english(MustMention.forSizing());
          return new ToolOutcome(new Output(sizing, mention), SizingText.sizing(sizing, mention));
        });
  }
}
