package dev.lmiadvisor.server.tools.live;

import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.object;

import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import dev.lmiadvisor.server.tools.sandbox.RunAwsCli;
import dev.lmiadvisor.server.tools.sizing.AssessWorkload;
import dev.lmiadvisor.server.tools.sizing.CompareCosts;
import dev.lmiadvisor.server.tools.sizing.ComputeSizing;
import dev.lmiadvisor.tools.cost.CostComparison;
import dev.lmiadvisor.tools.live.assess.AssessRequest;
import dev.lmiadvisor.tools.live.assess.DataWindow;
import dev.lmiadvisor.tools.live.assess.FunctionAssessment;
import dev.lmiadvisor.tools.live.assess.ObservedMetrics;
import dev.lmiadvisor.tools.sizing.SizingResult;

/**
 * assess_function: should a real standard Lambda function move to LMI, judged from its own
 * configuration and CloudWatch metrics (read-only, bounded, every AWS call audited).
 */
public final class AssessFunction {

  public static final String NAME = "assess_function";

  private AssessFunction() {}

  public static ToolDefinition definition(Services services) {
    return new ToolDefinition(
        NAME,
        "Assess a live function for LMI",
        "Reads a standard Lambda function's configuration and its hourly CloudWatch metrics from"
            + " your AWS account with the server's credentials, changing nothing: Invocations,"
            + " Duration average and p99, ConcurrentExecutions maximum, Throttles and Errors over"
            + " the last days (default 14). Derives the traffic shape (steady, bursty or idle"
            + " periods, and the peak-to-mean ratio), states the data window and its gaps, and runs"
            + " assess_workload, compute_sizing and compare_costs on the real numbers: the verdict,"
            + " the sizing and the monthly cost both ways. A refused call names the IAM action to"
            + " grant; every AWS call is written to the audit log.",
        LiveInputs.TOOLSET,
        LiveInputs.ACCOUNT_READ,
        object("")
            .required(
                "function_name",
                LiveInputs.functionName("The function's name or ARN; its $LATEST configuration."))
            .required("region", LiveInputs.region("The function's AWS Region, e.g. us-east-1."))
            .optional(
                "days",
                integer("How many days of hourly metrics to read, 1 to 30; default 14.")
                    .min(1)
                    .max(AssessRequest.MAX_DAYS)
                    .defaultValue(AssessRequest.DEFAULT_DAYS))
            .closed()
            .toMap(),
        CompareCosts.outputNotes(
                ComputeSizing.outputNotes(
                    AssessWorkload.outputNotes(
                        OutputSchema.of(NAME, FunctionAssessment.class), "assessment."),
                    "sizing."),
                "costs.")
            .toMap(),
        request -> {
          FunctionAssessment assessment =
              services
                  .functionAssessor()
                  .assess(
                      new AssessRequest(
                          request.string("function_name"),
                          request.string("region"),
                          request.optionalInt("days").orElse(AssessRequest.DEFAULT_DAYS)),
                      RunAwsCli.identity(request.caller()));
          return new ToolOutcome(assessment, text(assessment));
        });
  }

  /** The window, the traffic, the verdict, the sizing and both monthly bills, in a few lines. */
  static String text(FunctionAssessment a) {
    StringBuilder text = new StringBuilder();
    DataWindow w = a.window();
    text.append(
        "%s in %s, %d days from %s to %s: %d of %d hours with invocations, %d gap(s)."
            .formatted(
                a.functionName(),
                a.region(),
                w.days(),
                w.start(),
                w.end(),
                w.hoursWithData(),
                w.hours(),
                w.gapCount()));
    a.metrics().ifPresent(m -> text.append('\n').append(traffic(m)));
    a.assessment()
        .ifPresent(
            v -> text.append("\nVerdict: ").append(v.verdict()).append(". ").append(v.summary()));
    a.sizing().ifPresent(s -> text.append('\n').append(sizing(s)));
    a.costs().ifPresent(c -> text.append('\n').append(costs(c)));
    text.append(LiveInputs.bullets(a.notes()));
    text.append('\n').append(LiveInputs.calls(a.missingPermissions(), a.calls(), a.auditId()));
    return text.toString();
  }

  private static String traffic(ObservedMetrics m) {
    return "Traffic: %s (peak-to-mean %.1f); %,d requests a month, %s ms average, %s ms p99, peak concurrency %s; %,d throttles, %,d errors."
        .formatted(
            m.trafficPattern(),
            m.peakToMean(),
            m.monthlyRequests(),
            m.avgDurationMs().map(d -> "%.0f".formatted(d)).orElse("?"),
            m.p99DurationMs().map(d -> "%.0f".formatted(d)).orElse("?"),
            m.peakConcurrency().map(String::valueOf).orElse("?"),
            m.throttles(),
            m.errors());
  }

  private static String sizing(SizingResult s) {
    return "Sizing: %d MB, %s GiB per vCPU, %d vCPU(s) and up to %d requests per execution environment, at least %d environments, %s family (%s)."
        .formatted(
            s.memoryMb(),
            s.memoryGibPerVcpu(),
            s.vcpusPerExecutionEnvironment(),
            s.perExecutionEnvironmentMaxConcurrency(),
            s.minExecutionEnvironments(),
            s.instanceFamily(),
            String.join(", ", s.suggestedInstanceTypes()));
  }

  private static String costs(CostComparison c) {
    return "Monthly cost: standard Lambda $%,.2f, LMI $%,.2f (%d x %s); %s is cheaper by %.1f%% (prices as of %s)."
        .formatted(
            c.standardLambda().monthlyUsd(),
            c.lmi().monthlyUsd(),
            c.lmi().instanceCount(),
            c.lmi().instanceType(),
            c.lmiCheaper() ? "LMI" : "standard Lambda",
            c.savingsPct(),
            c.pricesAsOf());
  }
}
