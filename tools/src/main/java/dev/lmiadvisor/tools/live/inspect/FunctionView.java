package dev.lmiadvisor.tools.live.inspect;

import java.util.List;
import java.util.Optional;

/**
 * One function attached to the capacity provider, read at its newest published version (or at
 * {@code $LATEST} when nothing is published).
 *
 * @param version the version read: a number, or {@code $LATEST}
 * @param versions every version the provider lists for this function, with its state
 * @param state the state of the version read: {@code Active}, {@code Pending}, {@code Failed}, ...
 * @param stateReasonCode why it is not Active, e.g. {@code CapacityProviderScalingLimitExceeded}
 * @param minExecutionEnvironments the applied scaling floor of the version read
 * @param configurationRead false when GetFunctionConfiguration was refused or failed: then only the
 *     name, versions and states are known
 */
public record FunctionView(
    String name,
    String version,
    List<VersionState> versions,
    Optional<String> state,
    Optional<String> stateReasonCode,
    Optional<String> stateReason,
    Optional<String> runtime,
    Optional<Integer> memoryMb,
    Optional<String> architecture,
    Optional<String> capacityProviderArn,
    Optional<Integer> perExecutionEnvironmentMaxConcurrency,
    Optional<Double> memoryGibPerVcpu,
    Optional<Integer> minExecutionEnvironments,
    Optional<Integer> maxExecutionEnvironments,
    boolean configurationRead) {

  /** A version of the function and the state the capacity provider lists for it. */
  public record VersionState(String version, String state) {}

  public boolean published() {
    return versions.stream().anyMatch(v -> v.version().matches("\\d+"));
  }
}
