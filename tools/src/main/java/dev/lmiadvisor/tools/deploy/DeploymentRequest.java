package dev.lmiadvisor.tools.deploy;

import java.util.List;
import java.util.Optional;

/**
 * What to deploy. Only the function name, runtime, subnets and security groups are required; the
 * rest has defaults from the infrastructure-setup reference.
 *
 * @param architecture {@code arm64} (default; Graviton unless x86 dependencies exist) or {@code
 *     x86_64}
 * @param memoryMb at least 2048 (default 4096)
 * @param memoryGibPerVcpu ExecutionEnvironmentMemoryGiBPerVCpu, 2 to 8 (default 4, or 2 when the
 *     memory is not a multiple of 4096 MB, so that it gives whole vCPUs)
 * @param perExecutionEnvironmentMaxConcurrency empty to keep the runtime's default
 * @param minExecutionEnvironments at least 3 in production (default 3)
 * @param maxExecutionEnvironments default 30
 * @param maxVcpuCount the capacity provider's ceiling; empty to derive it
 * @param accountId the 12-digit account; empty puts a placeholder in ARNs
 * @param publishMode {@code latest_published} (default) or {@code numbered_versions} (needed for
 *     weighted alias cutover)
 * @param environment {@code production} (default) or {@code non_production}
 */
public record DeploymentRequest(
    String functionName,
    String runtime,
    List<String> subnetIds,
    List<String> securityGroupIds,
    Optional<String> architecture,
    Optional<String> region,
    Optional<Integer> memoryMb,
    Optional<Double> memoryGibPerVcpu,
    Optional<Integer> perExecutionEnvironmentMaxConcurrency,
    Optional<Integer> minExecutionEnvironments,
    Optional<Integer> maxExecutionEnvironments,
    Optional<Integer> maxVcpuCount,
    Optional<String> capacityProviderName,
    Optional<String> accountId,
    Optional<String> handler,
    Optional<String> codeZip,
    Optional<String> publishMode,
    Optional<String> environment) {

  public DeploymentRequest {
    subnetIds = List.copyOf(subnetIds);
    securityGroupIds = List.copyOf(securityGroupIds);
  }

  /** The four required inputs, everything else defaulted. */
  public static DeploymentRequest of(
      String functionName, String runtime, List<String> subnetIds, List<String> securityGroupIds) {
    return new DeploymentRequest(
        functionName,
        runtime,
        subnetIds,
        securityGroupIds,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
