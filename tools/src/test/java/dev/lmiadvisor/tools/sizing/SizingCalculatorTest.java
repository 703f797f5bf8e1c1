package dev.lmiadvisor.tools.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.cost.PriceTable;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.DeploymentEnvironment;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizingCalculatorTest {

  static final PriceTable TABLE = PriceTable.load();
  private final SizingCalculator sizing = new SizingCalculator(TABLE.catalog(), TABLE);

  private SizingResult size(SizingRequest.Builder request) {
    return sizing.size(request.build());
  }

  @ParameterizedTest(name = "{0} I/O-bound: {1} per vCPU")
  @CsvSource({"nodejs, 64", "java, 32", "dotnet, 32", "python, 16", "rust, 64"})
  void ioBoundUsesTheRuntimeDefaultPerVcpu(String runtime, int perVcpu) {
    SizingResult r =
        size(
            SizingRequest.builder(LambdaRuntime.parse(runtime))
                .workload(WorkloadKind.IO_BOUND)
                .memoryMb(128)
                .peakConcurrency(100));
    assertEquals(perVcpu, r.runtimeMaxConcurrencyPerVcpu());
    assertEquals(
        perVcpu * r.vcpusPerExecutionEnvironment(), r.perExecutionEnvironmentMaxConcurrency());
  }

  @ParameterizedTest(name = "{0}: family {1}, {2} GiB per vCPU, {3} per vCPU")
  @CsvSource({
    "io_bound,     M, 4.0, 64",
    "balanced,     M, 4.0, 4",
    "cpu_bound,    C, 2.0, 2",
    "memory_bound, R, 8.0, 4"
  })
  void workloadPicksFamilyRatioAndConcurrency(
      String workload, String family, double ratio, int perVcpu) {
    SizingResult r =
        size(
            SizingRequest.builder(LambdaRuntime.NODEJS)
                .workload(WorkloadKind.parse(workload))
                .memoryMb(1024)
                .peakConcurrency(50));
    assertEquals(family, r.instanceFamily());
    assertEquals(ratio, r.memoryGibPerVcpu());
    assertEquals(
        perVcpu * r.vcpusPerExecutionEnvironment(), r.perExecutionEnvironmentMaxConcurrency());
  }

  @Test
  void memoryBelow2048IsRaisedWithAWarningThatSaysSo() {
    SizingResult r =
        size(
            SizingRequest.builder(LambdaRuntime.NODEJS)
                .workload(WorkloadKind.CPU_BOUND)
                .memoryMb(512));
    // 2048 MB at 2 GiB per vCPU is 1 vCPU; CPU-bound work then gets a second one (4096 MB).
    assertEquals(4096, r.memoryMb());
    assertEquals(2, r.vcpusPerExecutionEnvironment());
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.startsWith("memory_mb 512 raised to 2048 MB")),
        r.warnings().toString());
  }

  @Test
  void memoryAtOrAbove2048IsNotWarnedAbout() {
    SizingResult r = size(SizingRequest.builder(LambdaRuntime.JAVA).memoryMb(3000));
    assertEquals(4096, r.memoryMb());
    assertFalse(r.warnings().stream().anyMatch(w -> w.contains("raised to 2048")));
  }

  @Test
  void pythonMemoryMultipliesWithProcesses() {
    // Balanced: 4 processes of 512 MB + 256 MB do not fit 2048 MB at 2.0, fit 4096 MB at 4.0.
    SizingResult balanced =
        size(
            SizingRequest.builder(LambdaRuntime.PYTHON)
                .workload(WorkloadKind.BALANCED)
                .memoryMb(512));
    assertEquals(4096, balanced.memoryMb());
    assertEquals(4.0, balanced.memoryGibPerVcpu());
    assertEquals(4, balanced.perExecutionEnvironmentMaxConcurrency());

    // I/O-bound: 16 processes of 512 MB need 8448 MB per vCPU, more than even 8 GiB per vCPU,
    // so the ratio goes to 8.0 and concurrency comes down to what fits (F4).
    SizingResult io =
        size(
            SizingRequest.builder(LambdaRuntime.PYTHON)
                .workload(WorkloadKind.IO_BOUND)
                .memoryMb(512));
    assertEquals(8.0, io.memoryGibPerVcpu());
    assertEquals(8192, io.memoryMb());
    assertEquals(15, io.perExecutionEnvironmentMaxConcurrency());
    assertTrue(
        io.warnings().stream().anyMatch(w -> w.contains("lowered to 15")),
        io.warnings().toString());
    assertEquals("R", io.instanceFamily());
  }

  @Test
  void smallPythonProcessesStayAtTheFloor() {
    // 16 processes of 100 MB + 256 MB = 1856 MB: the 2048 MB, 1 vCPU floor holds them.
    SizingResult r =
        size(
            SizingRequest.builder(LambdaRuntime.PYTHON)
                .workload(WorkloadKind.IO_BOUND)
                .memoryMb(100));
    assertEquals(2048, r.memoryMb());
    assertEquals(1, r.vcpusPerExecutionEnvironment());
    assertEquals(16, r.perExecutionEnvironmentMaxConcurrency());
  }

  @Test
  void pythonWithoutMemoryStartsAtTheFloorWithTheDefaultProcessCountAndSaysToMeasure() {
    SizingResult r =
        size(SizingRequest.builder(LambdaRuntime.PYTHON).workload(WorkloadKind.IO_BOUND));
    assertEquals(2048, r.memoryMb());
    assertEquals(2.0, r.memoryGibPerVcpu());
    assertEquals(1, r.vcpusPerExecutionEnvironment());
    assertEquals(16, r.perExecutionEnvironmentMaxConcurrency());
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.contains("Measure one process's memory")),
        r.warnings().toString());
  }

  @Test
  void cpuBoundPythonRunsOnComputeOptimizedAtTwoToOneWithSeveralVcpus() {
    SizingResult unmeasured =
        size(SizingRequest.builder(LambdaRuntime.PYTHON).workload(WorkloadKind.CPU_BOUND));
    assertEquals("C", unmeasured.instanceFamily());
    assertEquals(2.0, unmeasured.memoryGibPerVcpu());
    assertEquals(2, unmeasured.vcpusPerExecutionEnvironment());
    assertEquals(4096, unmeasured.memoryMb());
    assertEquals(4, unmeasured.perExecutionEnvironmentMaxConcurrency());

    // The configuration guide's scoring function: 600 MB per process, 4 processes + 256 MB.
    SizingResult scoring =
        size(
            SizingRequest.builder(LambdaRuntime.PYTHON)
                .workload(WorkloadKind.CPU_BOUND)
                .memoryMb(600));
    assertEquals("C", scoring.instanceFamily());
    assertEquals(4096, scoring.memoryMb());
    assertEquals(4, scoring.perExecutionEnvironmentMaxConcurrency());

    // 1500 MB processes: 2 per vCPU cannot fit 2 GiB per vCPU, 1 per vCPU can.
    SizingResult heavy =
        size(
            SizingRequest.builder(LambdaRuntime.PYTHON)
                .workload(WorkloadKind.CPU_BOUND)
                .memoryMb(1500));
    assertEquals("C", heavy.instanceFamily());
    assertEquals(2, heavy.vcpusPerExecutionEnvironment());
    assertEquals(2, heavy.perExecutionEnvironmentMaxConcurrency());
  }

  @Test
  void pythonMovesUpARatioBeforeLoweringConcurrency() {
    // 4 processes of 1500 MB: 6000 + 256 MB does not fit 2 or 4 GiB per vCPU, fits 8 GiB per vCPU.
    SizingResult r =
        size(
            SizingRequest.builder(LambdaRuntime.PYTHON)
                .workload(WorkloadKind.BALANCED)
                .memoryMb(1500));
    assertEquals(8.0, r.memoryGibPerVcpu());
    assertEquals(4, r.perExecutionEnvironmentMaxConcurrency());
    assertTrue(
        r.warnings().stream().anyMatch(w -> w.startsWith("Memory per vCPU raised from 2.0 to 8.0")),
        r.warnings().toString());
  }

  @Test
  void peakComesFromRpsTimesDuration() {
    SizingResult r =
        size(
            SizingRequest.builder(LambdaRuntime.NODEJS)
                .workload(WorkloadKind.CPU_BOUND)
                .peakRps(100.0)
                .avgDurationMs(200.0));
    assertEquals(20, r.peakConcurrency());
    // 2 per vCPU on 2-vCPU environments (CPU-bound work gets several vCPUs): 5 environments,
    // 8 at the maximum.
    assertEquals(2, r.vcpusPerExecutionEnvironment());
    assertEquals(5, r.executionEnvironmentsNeeded());
    assertEquals(8, r.maxExecutionEnvironments());
  }

  @ParameterizedTest(name = "{0}: at least {1} execution environments")
  @CsvSource({"production, 3", "non_production, 1"})
  void minimumEnvironmentsDependOnTheEnvironment(String environment, int minimum) {
    SizingResult r =
        size(
            SizingRequest.builder(LambdaRuntime.NODEJS)
                .environment(DeploymentEnvironment.parse(environment)));
    assertEquals(minimum, r.minExecutionEnvironments());
    assertNull(r.peakConcurrency());
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("No peak load given")));
  }

  @Test
  void gravitonIsTheDefaultAndComesWithTheArchitectureReminder() {
    SizingResult arm = size(SizingRequest.builder(LambdaRuntime.NODEJS).peakConcurrency(10));
    assertEquals("arm64", arm.architecture());
    assertTrue(arm.suggestedInstanceTypes().stream().allMatch(t -> t.matches("[cmr]\\dg\\..*")));
    assertTrue(arm.warnings().stream().anyMatch(w -> w.contains("Architectures: [arm64]")));

    SizingResult x86 =
        size(
            SizingRequest.builder(LambdaRuntime.NODEJS)
                .architecture(Architecture.X86_64)
                .peakConcurrency(10));
    assertTrue(x86.suggestedInstanceTypes().stream().allMatch(t -> t.matches("[cmr]\\di\\..*")));
    assertFalse(x86.warnings().stream().anyMatch(w -> w.contains("Architectures: [arm64]")));
  }

  @Test
  void suggestionsAreRankedByFleetCost() {
    SizingResult r =
        size(
            SizingRequest.builder(LambdaRuntime.JAVA)
                .workload(WorkloadKind.BALANCED)
                .memoryMb(2048)
                .peakConcurrency(400));
    double previous = 0;
    for (InstanceOption o : r.instanceOptions()) {
      double fleet = o.hourlyUsd() * o.instancesAtMaximum();
      assertTrue(fleet >= previous, r.instanceOptions().toString());
      previous = fleet;
    }
    assertEquals(
        r.instanceOptions().stream().map(InstanceOption::instanceType).toList(),
        r.suggestedInstanceTypes());
  }

  @Test
  void everyFormulaIsExplained() {
    SizingResult r = size(SizingRequest.builder(LambdaRuntime.NODEJS).peakConcurrency(100));
    for (String formula : new String[] {"F1", "F2/F3", "F5", "F7", "F8", "F9"}) {
      assertTrue(
          r.explanation().stream().anyMatch(line -> line.startsWith(formula)),
          formula + " in " + r.explanation());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "memory zero        | 0     |      |       |     | memory_mb must be a positive number",
        "memory over 32 GB  | 40000 |      |       |     | above 32768",
        "peak zero          | 2048  | 0    |       |     | peak_concurrency must be at least 1",
        "rps without time   | 2048  |      | 100   |     | give both peak_rps and avg_duration_ms",
        "negative rps       | 2048  |      | -1    | 200 | must be positive"
      })
  void badInputGetsAnActionableError(
      String name, Integer memory, Integer peak, Double rps, Double durationMs, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                size(
                    SizingRequest.builder(LambdaRuntime.NODEJS)
                        .memoryMb(memory)
                        .peakConcurrency(peak)
                        .peakRps(rps)
                        .avgDurationMs(durationMs)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void unknownRuntimeListsTheSupportedOnesAndSuggestsTheClosest() {
    IllegalArgumentException typo =
        assertThrows(IllegalArgumentException.class, () -> LambdaRuntime.parse("nodjs"));
    assertTrue(typo.getMessage().contains("did you mean nodejs"), typo.getMessage());
    IllegalArgumentException other =
        assertThrows(IllegalArgumentException.class, () -> LambdaRuntime.parse("ruby"));
    assertTrue(
        other.getMessage().contains("nodejs, java, dotnet, python, rust"), other.getMessage());
  }
}
