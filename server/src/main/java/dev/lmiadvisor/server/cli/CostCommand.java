package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.LmiAdvisor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lmi-advisor cost --requests 259200000 --duration-ms 200 --memory-mb 512}. */
@Command(
    name = "cost",
    description = {
      "Compare a month on standard Lambda and on LMI (compare_costs), with the break-even",
      "volume, the price date and sources."
    })
public final class CostCommand implements Callable<Integer> {

  @ParentCommand LmiAdvisor parent;

  @Spec CommandSpec spec;

  @Option(names = "--requests", required = true, description = "Invocations per month.")
  Long requests;

  @Option(
      names = "--duration-ms",
      required = true,
      description = "Average billed duration on standard Lambda, ms.")
  Double durationMs;

  @Option(
      names = "--memory-mb",
      required = true,
      description = "Memory of the standard function, MB (128-10240).")
  Integer memoryMb;

  @Option(names = "--arch", description = "x86_64 (default) or arm64, for both sides.")
  String architecture;

  @Option(names = "--region", description = "Region (default us-east-1).")
  String region;

  @Option(names = "--instance-type", description = "LMI instance type; derived when omitted.")
  String instanceType;

  @Option(names = "--instance-count", description = "LMI instances; derived when omitted (>= 3).")
  Integer instanceCount;

  @Option(names = "--savings-plan", description = "none (default), compute_1yr or compute_3yr.")
  String savingsPlan;

  @Option(
      names = "--free-tier",
      description = "Count the account-wide free tier on standard Lambda.")
  boolean freeTier;

  @Option(names = "--runtime", description = "Runtime used to derive the fleet (default nodejs).")
  String runtime;

  @Option(
      names = "--workload",
      description = "Workload used to derive the fleet (default balanced).")
  String workload;

  @Option(
      names = "--peak-concurrency",
      description = "Peak requests in flight, to derive the fleet.")
  Integer peakConcurrency;

  @Option(names = "--json", description = "Print the compare_costs result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    return new ToolCommand()
        .put("monthly_requests", requests)
        .put("avg_duration_ms", durationMs)
        .put("memory_mb", memoryMb)
        .put("architecture", architecture)
        .put("region", region)
        .put("instance_type", instanceType)
        .put("instance_count", instanceCount)
        .put("savings_plan", savingsPlan)
        .put("include_free_tier", freeTier ? Boolean.TRUE : null)
        .put("runtime", runtime)
        .put("workload", workload)
        .put("peak_concurrency", peakConcurrency)
        .run(parent, "compare_costs", json, spec.commandLine().getOut());
  }
}
