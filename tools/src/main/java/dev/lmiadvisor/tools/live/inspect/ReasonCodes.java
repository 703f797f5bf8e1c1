package dev.lmiadvisor.tools.live.inspect;

import java.util.Map;
import java.util.Optional;

/**
 * What a function version's {@code StateReasonCode} means on LMI and what to do about it, from the
 * troubleshooting reference's table (Troubleshooting Lambda Managed Instances and the Lambda API's
 * StateReasonCode values, as of 2026-11-21).
 */
final class ReasonCodes {

  private static final Map<String, String> MEANING =
      Map.of(
          "CapacityProviderScalingLimitExceeded",
          "MaxVCpuCount is too low for three execution environments on whole instances: raise it"
              + " with update-capacity-provider, then publish again",
          "VcpuLimitExceeded",
          "the account's EC2 On-Demand vCPU quota is reached: raise it in Service Quotas or lower"
              + " the scaling floor",
          "InsufficientCapacity",
          "EC2 has no capacity for the allowed instance types in these zones: remove"
              + " AllowedInstanceTypes pins, add subnets in more zones, and retry",
          "EC2RequestLimitExceeded",
          "EC2 throttled the account's API calls: stagger deployments and publish again later",
          "FunctionError.InitTimeout",
          "init took longer than the larger of 130 s and the function timeout: move heavy work out"
              + " of init or raise Timeout",
          "DisallowedByVpcEncryptionControl",
          "VPC Encryption Controls refused the instances: check the VPC's encryption control mode");

  private ReasonCodes() {}

  static Optional<String> meaning(String code) {
    if (code == null || code.isEmpty()) {
      return Optional.empty();
    }
    String known = MEANING.get(code);
    if (known != null) {
      return Optional.of(known);
    }
    if (code.startsWith("FunctionError.")) {
      return Optional.of(
          "the code, handler or an extension failed during init: read the function's log group,"
              + " fix it and publish again");
    }
    return Optional.empty();
  }
}
