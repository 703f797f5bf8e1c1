package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.LmiAdvisor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lmi-advisor size --runtime nodejs --peak-concurrency 100 --memory-mb 512}. */
@Command(
    name = "size",
    description = {
      "Size an LMI function (compute_sizing): memory, vCPUs, concurrency, environments,",
      "MaxVCpuCount and instance types, with the formula behind each number."
    })
public final class SizeCommand implements Callable<Integer> {

  @ParentCommand LmiAdvisor parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--runtime",
      required = true,
      description = "nodejs, java, dotnet, python or rust.")
  String runtime;

  @Option(
      names = "--workload",
      description = "io_bound, balanced (default), cpu_bound or memory_bound.")
  String workload;

  @Option(names = "--peak-concurrency", description = "Requests in flight at peak.")
  Integer peakConcurrency;

  @Option(names = "--peak-rps", description = "Requests per second at peak (with --duration-ms).")
  Double peakRps;

  @Option(names = "--duration-ms", description = "Average duration of one request, ms.")
  Double durationMs;

  @Option(
      names = "--memory-mb",
      description = "Memory one request uses today (the standard function's memory), MB.")
  Integer memoryMb;

  @Option(names = "--arch", description = "arm64 (Graviton, default) or x86_64.")
  String architecture;

  @Option(names = "--environment", description = "production (default) or non_production.")
  String environment;

  @Option(
      names = "--region",
      description = "Region whose prices rank instance types (default us-east-1).")
  String region;

  @Option(names = "--json", description = "Print the compute_sizing result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    return new ToolCommand()
        .put("runtime", runtime)
        .put("workload", workload)
        .put("peak_concurrency", peakConcurrency)
        .put("peak_rps", peakRps)
        .put("avg_duration_ms", durationMs)
        .put("memory_mb", memoryMb)
        .put("architecture", architecture)
        .put("environment", environment)
        .put("region", region)
        .run(parent, "compute_sizing", json, spec.commandLine().getOut());
  }
}
