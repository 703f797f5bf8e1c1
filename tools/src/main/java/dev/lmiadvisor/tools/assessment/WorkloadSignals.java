package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;

/**
 * What is known about a workload; every value is optional (null when unknown). The signals follow
 * Quick Decision table of the aws-lambda-managed-instances agent skill and its Step 1 checklist:
 * traffic volume and shape, cost profile, cold-start tolerance, compute needs, isolation,
 * scale-to-zero, code readiness per runtime and VPC.
 *
 * @param runtime the runtime, or null; see {@link #otherRuntime}
 * @param otherRuntime true when the function uses a runtime LMI does not support
 */
public record WorkloadSignals(
    Long monthlyRequests,
    Double avgDurationMs,
    Integer memoryMb,
    TrafficPattern trafficPattern,
    ColdStartTolerance coldStarts,
    Boolean needsScaleToZero,
    LambdaRuntime runtime,
    boolean otherRuntime,
    Boolean threadSafe,
    Double monthlyLambdaSpendUsd,
    ComputeNeed computeNeeds,
    Isolation isolation,
    Boolean inVpc,
    String region) {

  public WorkloadSignals {
    region = region == null || region.isBlank() ? "us-east-1" : region.trim();
    if (monthlyRequests != null && monthlyRequests < 0) {
      throw new UserInputException("monthly_requests cannot be negative; got " + monthlyRequests);
    }
    if (avgDurationMs != null && !(avgDurationMs > 0)) {
      throw new UserInputException("avg_duration_ms must be above 0; got " + avgDurationMs);
    }
    if (memoryMb != null && (memoryMb < 128 || memoryMb > 32768)) {
      throw new UserInputException("memory_mb must be between 128 and 32768; got " + memoryMb);
    }
    if (monthlyLambdaSpendUsd != null && !(monthlyLambdaSpendUsd >= 0)) {
      throw new UserInputException(
          "monthly_lambda_spend_usd cannot be negative; got " + monthlyLambdaSpendUsd);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Fluent construction for callers and tests that know a few signals. */
  public static final class Builder {
    private Long monthlyRequests;
    private Double avgDurationMs;
    private Integer memoryMb;
    private TrafficPattern trafficPattern;
    private ColdStartTolerance coldStarts;
    private Boolean needsScaleToZero;
    private LambdaRuntime runtime;
    private boolean otherRuntime;
    private Boolean threadSafe;
    private Double monthlyLambdaSpendUsd;
    private ComputeNeed computeNeeds;
    private Isolation isolation;
    private Boolean inVpc;
    private String region;

    public Builder monthlyRequests(Long value) {
      this.monthlyRequests = value;
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

    public Builder trafficPattern(TrafficPattern value) {
      this.trafficPattern = value;
      return this;
    }

    public Builder coldStarts(ColdStartTolerance value) {
      this.coldStarts = value;
      return this;
    }

    public Builder needsScaleToZero(Boolean value) {
      this.needsScaleToZero = value;
      return this;
    }

    public Builder runtime(LambdaRuntime value) {
      this.runtime = value;
      return this;
    }

    /** A runtime LMI does not run (Ruby, Go on provided.al2023 without Rust, custom images). */
    public Builder otherRuntime() {
      this.otherRuntime = true;
      return this;
    }

    public Builder threadSafe(Boolean value) {
      this.threadSafe = value;
      return this;
    }

    public Builder monthlyLambdaSpendUsd(Double value) {
      this.monthlyLambdaSpendUsd = value;
      return this;
    }

    public Builder computeNeeds(ComputeNeed value) {
      this.computeNeeds = value;
      return this;
    }

    public Builder isolation(Isolation value) {
      this.isolation = value;
      return this;
    }

    public Builder inVpc(Boolean value) {
      this.inVpc = value;
      return this;
    }

    public Builder region(String value) {
      this.region = value;
      return this;
    }

    public WorkloadSignals build() {
      return new WorkloadSignals(
          monthlyRequests,
          avgDurationMs,
          memoryMb,
          trafficPattern,
          coldStarts,
          needsScaleToZero,
          runtime,
          otherRuntime,
          threadSafe,
          monthlyLambdaSpendUsd,
          computeNeeds,
          isolation,
          inVpc,
          region);
    }
  }
}
