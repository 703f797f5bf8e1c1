package dev.lmiadvisor.server.tools.sizing;

import dev.lmiadvisor.tools.assessment.Assessment;
import dev.lmiadvisor.tools.assessment.SignalFinding;
import dev.lmiadvisor.tools.cost.CostComparison;
import dev.lmiadvisor.tools.cost.LmiCost;
import dev.lmiadvisor.tools.cost.StandardLambdaCost;
import dev.lmiadvisor.tools.sizing.InstanceFamily;
import dev.lmiadvisor.tools.sizing.InstanceOption;
import dev.lmiadvisor.tools.sizing.SizingResult;
import java.util.List;
import java.util.Locale;

/**
 * Readable renderings of the three results: the text block of each tool result and the output of
 * {@code lmi-advisor size} and {@code lmi-advisor cost}.
 */
public final class SizingText {

  private SizingText() {}

  public static String sizing(SizingResult r, List<String> mustMention) {
    StringBuilder out = new StringBuilder();
    out.append(
        "LMI sizing: %s, %s, %s, %s, %s%n%n"
            .formatted(r.runtime(), r.workload(), r.environment(), r.architecture(), r.region()));
    InstanceFamily family = InstanceFamily.valueOf(r.instanceFamily());
    out.append(
        new TextTable("Setting", "Value")
            .row("MemorySize", r.memoryMb() + " MB")
            .row("ExecutionEnvironmentMemoryGiBPerVCpu", r.memoryGibPerVcpu())
            .row("vCPUs per execution environment", r.vcpusPerExecutionEnvironment())
            .row(
                "PerExecutionEnvironmentMaxConcurrency",
                "%d (runtime default %d per vCPU)"
                    .formatted(
                        r.perExecutionEnvironmentMaxConcurrency(),
                        r.runtimeMaxConcurrencyPerVcpu()))
            .row(
                "Peak concurrency", r.peakConcurrency() == null ? "not given" : r.peakConcurrency())
            .row(
                "Execution environments",
                "%d needed at peak; MinExecutionEnvironments %d, MaxExecutionEnvironments %d"
                    .formatted(
                        r.executionEnvironmentsNeeded(),
                        r.minExecutionEnvironments(),
                        r.maxExecutionEnvironments()))
            .row("MaxVCpuCount", r.maxVcpuCount())
            .row("Instance family", family.name() + " (" + family.description() + ")"));
    out.append('\n');
    TextTable types =
        new TextTable(
                "Instance type",
                "vCPU",
                "GiB",
                "Envs/instance",
                "Instances at max",
                "$/hour",
                "Fleet $/hour")
            .right(1, 2, 3, 4, 5, 6);
    for (InstanceOption o : r.instanceOptions()) {
      types.row(
          o.instanceType(),
          o.vcpus(),
          o.memoryGib(),
          o.executionEnvironmentsPerInstance(),
          o.instancesAtMaximum(),
          o.hourlyUsd() == null ? null : "%.4f".formatted(o.hourlyUsd()),
          o.hourlyUsd() == null ? null : "%.4f".formatted(o.hourlyUsd() * o.instancesAtMaximum()));
    }
    out.append(types)
        .append(
            "(on-demand EC2 at MaxExecutionEnvironments; LMI adds 15% of it as management fee)\n");
    list(out, "Warnings", r.warnings());
    list(out, "How these numbers were reached", r.explanation());
    list(out, "Always mention", mustMention);
    return out.toString();
  }

  public static String costs(CostComparison c, List<String> mustMention) {
    StandardLambdaCost s = c.standardLambda();
    LmiCost l = c.lmi();
    StringBuilder out = new StringBuilder();
    out.append(
        "Standard Lambda vs LMI in %s (%s), %,d requests a month; prices as of %s (table %s)%n%n"
            .formatted(
                c.region(),
                c.architecture(),
                c.monthlyRequests(),
                c.pricesAsOf(),
                c.priceTableVersion()));
    out.append(
        new TextTable(
                "",
                "Standard Lambda",
                "LMI: %d x %s".formatted(l.instanceCount(), l.instanceType()))
            .right(1, 2)
            .row("Requests", usd(s.requestUsd()), usd(l.requestUsd()))
            .row("Duration (%,.0f GB-s)".formatted(s.gbSeconds()), usd(s.durationUsd()), null)
            .row(
                "EC2 instances ($%.4f/h each)".formatted(l.hourlyUsdPerInstance()),
                null,
                usd(l.ec2Usd()))
            .row("Management fee (15% of on-demand)", null, usd(l.managementFeeUsd()))
            .row("Monthly total", usd(s.monthlyUsd()), usd(l.monthlyUsd())));
    out.append('\n');
    out.append(
        "Cheaper: %s, by %.1f%%. Break-even for this fleet: %,d requests a month (%.1f req/s steady).%n"
            .formatted(
                c.lmiCheaper() ? "LMI" : "standard Lambda",
                c.savingsPct(),
                c.breakEvenMonthlyRequests(),
                c.breakEvenRequestsPerSecond()));
    out.append(
        "Savings plan: %s (EC2 -%.0f%%, Lambda duration -%.0f%%). LMI price: %s, %s.%n"
            .formatted(
                c.discounts().savingsPlan(),
                c.discounts().ec2Pct(),
                c.discounts().lambdaPct(),
                l.priceSource(),
                l.priceConfidence()));
    list(out, "Warnings", c.warnings());
    list(out, "Assumptions", c.assumptions());
    list(out, "Always mention", mustMention);
    return out.toString();
  }

  public static String assessment(Assessment a, List<String> mustMention) {
    StringBuilder out = new StringBuilder();
    out.append("Verdict: ").append(a.verdict()).append(". ").append(a.summary()).append("\n\n");
    if (!a.signals().isEmpty()) {
      TextTable table = new TextTable("Signal", "Favors", "Why");
      for (SignalFinding f : a.signals()) {
        table.row(f.signal() + (f.decisive() ? " (decisive)" : ""), f.favors(), f.detail());
      }
      out.append(table);
    }
    if (a.costCheck() != null) {
      var c = a.costCheck();
      out.append(
          "\nCost check: standard Lambda %s a month, LMI %s on %d x %s; %s is cheaper by %.1f%%; break-even %,d requests a month.\n"
              .formatted(
                  usd(c.standardLambdaMonthlyUsd()),
                  usd(c.lmiMonthlyUsd()),
                  c.lmiInstanceCount(),
                  c.lmiInstanceType(),
                  c.lmiCheaper() ? "LMI" : "standard Lambda",
                  c.savingsPct(),
                  c.breakEvenMonthlyRequests()));
    }
    if (!a.missingSignals().isEmpty()) {
      out.append("\nMissing signals: ").append(String.join(", ", a.missingSignals())).append('\n');
    }
    list(out, "Next steps", a.nextSteps());
    list(out, "Always mention", mustMention);
    return out.toString();
  }

  private static void list(StringBuilder out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append(":\n");
    items.forEach(item -> out.append("- ").append(item).append('\n'));
  }

  private static String usd(double amount) {
    return String.format(Locale.ROOT, "$%,.2f", amount);
  }
}
