package dev.lmiadvisor.server.tools.sizing;

import static dev.lmiadvisor.server.inventory.Schema.bool;
import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.names;
import static dev.lmiadvisor.server.inventory.Schema.number;
import static dev.lmiadvisor.server.inventory.Schema.object;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.lmiadvisor.knowledge.MustMention;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import dev.lmiadvisor.tools.assessment.Assessment;
import dev.lmiadvisor.tools.assessment.ColdStartTolerance;
import dev.lmiadvisor.tools.assessment.ComputeNeed;
import dev.lmiadvisor.tools.assessment.Favors;
import dev.lmiadvisor.tools.assessment.Isolation;
import dev.lmiadvisor.tools.assessment.TrafficPattern;
import dev.lmiadvisor.tools.assessment.Verdict;
import java.util.List;

/** assess_workload: does a workload fit LMI, signal by signal. */
public final class AssessWorkload {

  public static final String NAME = "assess_workload";

  /** The assessment, with the facts a reply must carry. */
  public record Output(@JsonUnwrapped Assessment assessment, List<String> mustMention) {}

  private AssessWorkload() {}

  /**
   * What an assessment's fields take beyond their Java types, at {@code prefix} (empty for this
   * tool's own output, {@code assessment.} where another tool carries an assessment).
   */
  public static OutputSchema outputNotes(OutputSchema schema, String prefix) {
    return schema
        .values(prefix + "verdict", Verdict.class)
        .values(prefix + "signals.favors", Favors.class)
        .values(prefix + "cost_check.cheaper", "lmi", "standard_lambda")
        .nullable(prefix + "cost_check");
  }

  public static ToolDefinition definition(Services services) {
    return new ToolDefinition(
        NAME,
        "Should this workload run on LMI?",
        "Decides whether a Lambda workload fits Lambda Managed Instances (LMI): lmi_strong_fit,"
            + " lmi_possible or standard_lambda, with one line per signal (traffic shape and volume,"
            + " spend, cold starts, scale-to-zero, runtime and thread safety, compute needs,"
            + " isolation, VPC) saying which way it points and why, the signals still missing, and"
            + " the facts to mention. Every input is optional; give what you know.",
        SizingInputs.TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .optional("monthly_requests", integer("Invocations per month.").min(0))
            .optional(
                "avg_duration_ms",
                SizingInputs.positiveNumber(
                    "Average duration per invocation on standard Lambda, ms."))
            .optional(
                "memory_mb", integer("Memory of the standard function, MB.").min(128).max(32768))
            .optional(
                "traffic_pattern",
                enumOf("Shape of the traffic over a day.", names(TrafficPattern.values())))
            .optional(
                "cold_starts",
                enumOf("Whether cold starts hurt callers.", names(ColdStartTolerance.values())))
            .optional("needs_scale_to_zero", bool("True if it must cost nothing when idle."))
            .optional(
                "runtime",
                SizingInputs.runtime(
                    "The function's runtime; 'other' for one LMI does not run.", true))
            .optional(
                "thread_safe",
                bool("True if the code is safe to run several requests at once in one process."))
            .optional(
                "monthly_lambda_spend_usd",
                number("What the function costs on Lambda per month, USD.").min(0))
            .optional(
                "compute_needs",
                enumOf("Hardware needs beyond standard Lambda.", names(ComputeNeed.values())))
            .optional(
                "isolation",
                enumOf("Whether dedicated instances are required.", names(Isolation.values())))
            .optional("in_vpc", bool("True if the function already runs in a VPC."))
            .optional(
                "region", SizingInputs.region("Region for the cost floor; default us-east-1."))
            .closed()
            .toMap(),
        outputNotes(OutputSchema.of(NAME, Output.class), "").toMap(),
        request -> {
          Assessment assessment = services.assessor().assess(SizingArguments.signals(request));
          List<String> mention =
              SizingInputs.english(MustMention.forAssessment(assessment.recommendsLmi()));
          return new ToolOutcome(
              new Output(assessment, mention), SizingText.assessment(assessment, mention));
        });
  }
}
