package dev.lmiadvisor.tools.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.cost.PriceTable;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.DeploymentEnvironment;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of the issue and the configuration guide, checked over a grid of inputs. */
class SizingInvariantsTest {

  static final PriceTable TABLE = PriceTable.load();
  static final SizingCalculator SIZING = new SizingCalculator(TABLE.catalog(), TABLE);

  static Stream<Arguments> grid() {
    List<Arguments> cases = new ArrayList<>();
    for (LambdaRuntime runtime : LambdaRuntime.values()) {
      for (WorkloadKind workload : WorkloadKind.values()) {
        for (int memory : new int[] {128, 512, 1769, 2048, 3000, 8192, 10240, 20000, 32768}) {
          for (Integer peak : new Integer[] {null, 1, 20, 500, 20_000}) {
            for (Architecture architecture : Architecture.values()) {
              for (DeploymentEnvironment environment : DeploymentEnvironment.values()) {
                cases.add(Arguments.of(runtime, workload, memory, peak, architecture, environment));
              }
            }
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("grid")
  void sizingRespectsEveryLimit(
      LambdaRuntime runtime,
      WorkloadKind workload,
      int memory,
      Integer peak,
      Architecture architecture,
      DeploymentEnvironment environment) {
    SizingRequest request =
        SizingRequest.builder(runtime)
            .workload(workload)
            .memoryMb(memory)
            .peakConcurrency(peak)
            .architecture(architecture)
            .environment(environment)
            .build();
    if (runtime.processPerRequest() && memory + 256 > 32768) {
      return; // rejected: one process cannot fit; covered by the error tests
    }
    SizingResult r = SIZING.size(request);
    String context = request + " -> " + r;

    // Memory 2048..32768, ratio 2/4/8, F1 exact.
    assertTrue(r.memoryMb() >= 2048 && r.memoryMb() <= 32768, context);
    assertTrue(Set.of(2.0, 4.0, 8.0).contains(r.memoryGibPerVcpu()), context);
    int unit = (int) (r.memoryGibPerVcpu() * 1024);
    assertEquals(0, r.memoryMb() % unit, context);
    assertEquals(r.memoryMb() / unit, r.vcpusPerExecutionEnvironment(), context);
    assertEquals(InstanceFamily.forRatio(r.memoryGibPerVcpu()).name(), r.instanceFamily(), context);

    // Concurrency never above the runtime cap x vCPUs, never above 1600, 1-2 per vCPU CPU-bound.
    int c = r.perExecutionEnvironmentMaxConcurrency();
    assertTrue(c >= 1 && c <= 1600, context);
    assertTrue(c <= runtime.concurrencyPerVcpu() * r.vcpusPerExecutionEnvironment(), context);
    if (workload == WorkloadKind.CPU_BOUND) {
      assertTrue(c <= 2 * r.vcpusPerExecutionEnvironment(), context);
      assertTrue(r.vcpusPerExecutionEnvironment() >= 2, context);
    }

    // Memory holds what was asked; Python's processes fit (F4).
    if (runtime.processPerRequest()) {
      assertTrue(c * memory + 256 <= r.memoryMb(), context);
    } else {
      assertTrue(r.memoryMb() >= memory, context);
    }
    boolean raised = r.warnings().stream().anyMatch(w -> w.contains("raised to 2048"));
    assertEquals(!runtime.processPerRequest() && memory < 2048, raised, context);

    // Environments: at least 3 in production, maximum covers the peak.
    assertTrue(r.minExecutionEnvironments() >= environment.minimumEnvironments(), context);
    if (environment == DeploymentEnvironment.PRODUCTION) {
      assertTrue(r.minExecutionEnvironments() >= 3, context);
    }
    assertTrue(r.maxExecutionEnvironments() >= r.minExecutionEnvironments(), context);
    assertTrue(r.maxExecutionEnvironments() >= r.executionEnvironmentsNeeded(), context);
    if (peak != null) {
      assertTrue((long) r.executionEnvironmentsNeeded() * c >= peak, context);
    }

    // Every suggested type exists, matches the family and architecture, and really fits.
    assertTrue(!r.instanceOptions().isEmpty(), context);
    for (InstanceOption o : r.instanceOptions()) {
      InstanceType type = TABLE.catalog().find(o.instanceType()).orElseThrow();
      assertEquals(architecture, type.architecture(), context);
      assertEquals(r.instanceFamily(), type.family().name(), context);
      int perInstance =
          type.environmentsPerInstance(r.vcpusPerExecutionEnvironment(), r.memoryMb());
      assertTrue(perInstance >= 1, context);
      assertEquals(perInstance, o.executionEnvironmentsPerInstance(), context);
      assertTrue(
          (long) o.instancesAtMaximum() * perInstance >= r.maxExecutionEnvironments(), context);
      assertTrue(o.instancesAtMaximum() >= environment.minimumEnvironments(), context);
      assertTrue(type.vcpus() - 1 >= r.vcpusPerExecutionEnvironment(), context);
      assertTrue(type.memoryMib() - 1024 >= r.memoryMb(), context);
    }
    assertTrue(r.maxVcpuCount() >= 2 && r.maxVcpuCount() <= 15_000, context);

    // Graviton by default and the arm64 reminder whenever Graviton is chosen.
    boolean reminder = r.warnings().stream().anyMatch(w -> w.contains("Architectures: [arm64]"));
    assertEquals(architecture == Architecture.ARM64, reminder, context);
  }
}
