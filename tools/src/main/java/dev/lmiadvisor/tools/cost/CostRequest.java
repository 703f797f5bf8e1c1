package dev.lmiadvisor.tools.cost;

import dev.lmiadvisor.tools.sizing.WorkloadKind;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;

/**
 * What compare_costs is asked. Optional values are null when the caller did not give them.
 *
 * @param monthlyRequests N, above zero
 * @param avgDurationMs average billed duration on standard Lambda, milliseconds
 * @param memoryMb the standard function's memory, 128 to 10240
 * @param architecture default x86_64, Lambda's default; applies to both sides
 * @param region default us-east-1
 * @param instanceType LMI instance type; derived from compute_sizing when null
 * @param instanceCount LMI fleet size; derived from compute_sizing (at least 3) when null
 * @param savingsPlan default none
 * @param includeFreeTier default false: the free tier is shared by the whole account
 * @param runtime used to derive the fleet; default nodejs
 * @param workload used to derive the fleet; default balanced
 * @param peakConcurrency used to derive the fleet; default the average concurrency of a steady
 *     month
 */
public record CostRequest(
    long monthlyRequests,
    double avgDurationMs,
    int memoryMb,
    Architecture architecture,
    String region,
    String instanceType,
    Integer instanceCount,
    SavingsPlan savingsPlan,
    boolean includeFreeTier,
    LambdaRuntime runtime,
    WorkloadKind workload,
    Integer peakConcurrency) {

  public CostRequest {
    architecture = architecture == null ? Architecture.X86_64 : architecture;
    region = region == null || region.isBlank() ? "us-east-1" : region.trim();
    instanceType = instanceType == null || instanceType.isBlank() ? null : instanceType.trim();
    savingsPlan = savingsPlan == null ? SavingsPlan.NONE : savingsPlan;
  }

  public static Builder builder(long monthlyRequests, double avgDurationMs, int memoryMb) {
    return new Builder(monthlyRequests, avgDurationMs, memoryMb);
  }

  /** Fluent construction for callers and tests that set a few values. */
  public static final class Builder {
    private final long monthlyRequests;
    private final double avgDurationMs;
    private final int memoryMb;
    private Architecture architecture;
    private String region;
    private String instanceType;
    private Integer instanceCount;
    private SavingsPlan savingsPlan;
    private boolean includeFreeTier;
    private LambdaRuntime runtime;
    private WorkloadKind workload;
    private Integer peakConcurrency;

    private Builder(long monthlyRequests, double avgDurationMs, int memoryMb) {
      this.monthlyRequests = monthlyRequests;
      this.avgDurationMs = avgDurationMs;
      this.memoryMb = memoryMb;
    }

    public Builder architecture(Architecture value) {
      this.architecture = value;
      return this;
    }

    public Builder region(String value) {
      this.region = value;
      return this;
    }

    public Builder instanceType(String value) {
      this.instanceType = value;
      return this;
    }

    public Builder instanceCount(Integer value) {
      this.instanceCount = value;
      return this;
    }

    public Builder savingsPlan(SavingsPlan value) {
      this.savingsPlan = value;
      return this;
    }

    public Builder includeFreeTier(boolean value) {
      this.includeFreeTier = value;
      return this;
    }

    public Builder runtime(LambdaRuntime value) {
      this.runtime = value;
      return this;
    }

    public Builder workload(WorkloadKind value) {
      this.workload = value;
      return this;
    }

    public Builder peakConcurrency(Integer value) {
      this.peakConcurrency = value;
      return this;
    }

    public CostRequest build() {
      return new CostRequest(
          monthlyRequests,
          avgDurationMs,
          memoryMb,
          architecture,
          region,
          instanceType,
          instanceCount,
          savingsPlan,
          includeFreeTier,
          runtime,
          workload,
          peakConcurrency);
    }
  }
}
