package dev.lmiadvisor.tools.sizing;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.DeploymentEnvironment;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;

/**
 * What compute_sizing is asked. Optional values are null when the caller did not give them.
 *
 * @param runtime required
 * @param workload default {@link WorkloadKind#BALANCED}
 * @param peakConcurrency requests in flight at peak; or give {@code peakRps} and {@code
 *     avgDurationMs}
 * @param peakRps requests per second at peak
 * @param avgDurationMs average duration of one request, milliseconds
 * @param memoryMb memory one request uses today (the function's memory on standard Lambda); for
 *     Python the measured memory of one process, since every concurrent request is a process and
 *     the processes share the environment (null starts Python at the 2048 MB floor)
 * @param architecture default {@link Architecture#ARM64} (Graviton)
 * @param environment default {@link DeploymentEnvironment#PRODUCTION}
 * @param region where instance prices rank the suggestions; default us-east-1
 */
public record SizingRequest(
    LambdaRuntime runtime,
    WorkloadKind workload,
    Integer peakConcurrency,
    Double peakRps,
    Double avgDurationMs,
    Integer memoryMb,
    Architecture architecture,
    DeploymentEnvironment environment,
    String region) {

  public static final String DEFAULT_REGION = "us-east-1";

  public SizingRequest {
    if (runtime == null) {
      throw new UserInputException("'runtime' is required: nodejs, java, dotnet, python or rust");
    }
    workload = workload == null ? WorkloadKind.BALANCED : workload;
    architecture = architecture == null ? Architecture.ARM64 : architecture;
    environment = environment == null ? DeploymentEnvironment.PRODUCTION : environment;
    region = region == null || region.isBlank() ? DEFAULT_REGION : region.trim();
  }

  public static Builder builder(LambdaRuntime runtime) {
    return new Builder(runtime);
  }

  /** Fluent construction for callers and tests that set a few values. */
  public static final class Builder {
    private final LambdaRuntime runtime;
    private WorkloadKind workload;
    private Integer peakConcurrency;
    private Double peakRps;
    private Double avgDurationMs;
    private Integer memoryMb;
    private Architecture architecture;
    private DeploymentEnvironment environment;
    private String region;

    private Builder(LambdaRuntime runtime) {
      this.runtime = runtime;
    }

    public Builder workload(WorkloadKind value) {
      this.workload = value;
      return this;
    }

    public Builder peakConcurrency(Integer value) {
      this.peakConcurrency = value;
      return this;
    }

    public Builder peakRps(Double value) {
      this.peakRps = value;
      return this;
    }

    public Builder avgDurationMs(Double value) {
      this.avgDurationMs = value;
      return this;
    }

    public Builder memoryMb(Integer value) {
      this.memoryMb = value;
      return this;
    }

    public Builder architecture(Architecture value) {
      this.architecture = value;
      return this;
    }

    public Builder environment(DeploymentEnvironment value) {
      this.environment = value;
      return this;
    }

    public Builder region(String value) {
      this.region = value;
      return this;
    }

    public SizingRequest build() {
      return new SizingRequest(
          runtime,
          workload,
          peakConcurrency,
          peakRps,
          avgDurationMs,
          memoryMb,
          architecture,
          environment,
          region);
    }
  }
}
