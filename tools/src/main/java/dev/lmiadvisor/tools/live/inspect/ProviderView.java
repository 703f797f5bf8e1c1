package dev.lmiadvisor.tools.live.inspect;

import java.util.List;
import java.util.Optional;

/**
 * A capacity provider as GetCapacityProvider returned it.
 *
 * @param state {@code Pending}, {@code Active}, {@code Failed} or {@code Deleting}
 * @param architectures the instance architecture ({@code x86_64} or {@code arm64}); the API allows
 *     exactly one
 * @param maxVcpuCount the cost ceiling; empty when AWS returned none (the developer guide documents
 *     a default of 400)
 * @param cpuTargets the targets of the CPU target-tracking policies, percent
 */
public record ProviderView(
    String name,
    String arn,
    String state,
    List<String> subnetIds,
    List<String> securityGroupIds,
    List<String> architectures,
    List<String> allowedInstanceTypes,
    List<String> excludedInstanceTypes,
    Optional<Integer> maxVcpuCount,
    Optional<String> scalingMode,
    List<Double> cpuTargets,
    String operatorRoleArn,
    Optional<String> kmsKeyArn,
    Optional<String> lastModified) {

  /**
   * The account id, from the ARN ({@code arn:aws:lambda:REGION:ACCOUNT:capacity-provider:NAME}).
   */
  public Optional<String> accountId() {
    String[] parts = arn.split(":");
    return parts.length > 4 && parts[4].matches("\\d{12}")
        ? Optional.of(parts[4])
        : Optional.empty();
  }
}
