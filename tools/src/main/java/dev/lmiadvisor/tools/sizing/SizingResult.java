package dev.lmiadvisor.tools.sizing;

import java.util.List;

/**
 * The configuration compute_sizing recommends, with the reasoning behind each number.
 *
 * @param memoryMb {@code MemorySize}, 2048 to 32768
 * @param memoryGibPerVcpu {@code ExecutionEnvironmentMemoryGiBPerVCpu}: 2.0, 4.0 or 8.0
 * @param vcpusPerExecutionEnvironment V_EE
 * @param perExecutionEnvironmentMaxConcurrency C_EE, to set explicitly on the function
 * @param runtimeMaxConcurrencyPerVcpu the runtime's default per vCPU (K)
 * @param peakConcurrency requests in flight at peak, when known
 * @param executionEnvironmentsNeeded environments the peak needs (F7)
 * @param minExecutionEnvironments {@code MinExecutionEnvironments}
 * @param maxExecutionEnvironments {@code MaxExecutionEnvironments} (F8, 1.5 times the need)
 * @param maxVcpuCount the capacity provider's {@code MaxVCpuCount}: the cost ceiling (F9)
 * @param instanceFamily C, M or R
 * @param suggestedInstanceTypes the options' names, cheapest fleet first
 * @param explanation one line per formula applied, naming it
 */
public record SizingResult(
    String runtime,
    String workload,
    String environment,
    String region,
    String architecture,
    int memoryMb,
    double memoryGibPerVcpu,
    int vcpusPerExecutionEnvironment,
    int perExecutionEnvironmentMaxConcurrency,
    int runtimeMaxConcurrencyPerVcpu,
    Integer peakConcurrency,
    int executionEnvironmentsNeeded,
    int minExecutionEnvironments,
    int maxExecutionEnvironments,
    int maxVcpuCount,
    String instanceFamily,
    List<String> suggestedInstanceTypes,
    List<InstanceOption> instanceOptions,
    List<String> explanation,
    List<String> warnings) {

  public SizingResult {
    suggestedInstanceTypes = List.copyOf(suggestedInstanceTypes);
    instanceOptions = List.copyOf(instanceOptions);
    explanation = List.copyOf(explanation);
    warnings = List.copyOf(warnings);
  }
}
