package dev.lmiadvisor.tools.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lmiadvisor.tools.assessment.ColdStartTolerance;
import dev.lmiadvisor.tools.assessment.ComputeNeed;
import dev.lmiadvisor.tools.assessment.Favors;
import dev.lmiadvisor.tools.assessment.Isolation;
import dev.lmiadvisor.tools.assessment.TrafficPattern;
import dev.lmiadvisor.tools.assessment.Verdict;
import dev.lmiadvisor.tools.cost.SavingsPlan;
import dev.lmiadvisor.tools.sizing.WorkloadKind;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ChoiceTest {

  /** The wire ids are a public contract (the tools' input and output enums): pinned here. */
  static Stream<Arguments> wireIds() {
    return Stream.of(
        Arguments.of(LambdaRuntime.class, "nodejs, java, dotnet, python, rust"),
        Arguments.of(Architecture.class, "arm64, x86_64"),
        Arguments.of(DeploymentEnvironment.class, "production, non_production"),
        Arguments.of(WorkloadKind.class, "io_bound, balanced, cpu_bound, memory_bound"),
        Arguments.of(SavingsPlan.class, "none, compute_1yr, compute_3yr"),
        Arguments.of(TrafficPattern.class, "steady, bursty, idle_periods"),
        Arguments.of(ColdStartTolerance.class, "unacceptable, tolerable"),
        Arguments.of(Isolation.class, "dedicated_instances, shared_ok"),
        Arguments.of(
            ComputeNeed.class, "standard, latest_cpus, high_network_bandwidth, large_memory, gpu"),
        Arguments.of(Favors.class, "lmi, standard_lambda, neither"),
        Arguments.of(Verdict.class, "lmi_strong_fit, lmi_possible, standard_lambda"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wireIds")
  void everyConstantIsWrittenAndReadByItsWireId(Class<? extends Choice> type, String ids) {
    List<? extends Choice> values = Arrays.asList(type.getEnumConstants());
    assertEquals(ids, String.join(", ", values.stream().map(Choice::id).toList()));
    values.forEach(v -> assertEquals(v.id(), v.toString(), "toString of " + v.name()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "' ARM64 ', arm64",
    "x86_64, x86_64",
  })
  void parsingIgnoresCaseAndSurroundingBlanks(String text, String id) {
    assertEquals(id, Architecture.parse(text).id());
  }

  @Test
  void aTypoIsAnsweredWithTheClosestIdsAndTheFullList() {
    assertEquals(
        "unknown runtime 'nodjs'; did you mean nodejs?; use one of: nodejs, java, dotnet, python,"
            + " rust",
        assertThrows(IllegalArgumentException.class, () -> LambdaRuntime.parse("nodjs"))
            .getMessage());
    assertEquals(
        "unknown architecture 'x86'; use one of: arm64, x86_64",
        assertThrows(IllegalArgumentException.class, () -> Architecture.parse("x86")).getMessage());
  }

  @Test
  void anEmptyWordNamesTheArgumentAndItsValues() {
    assertEquals(
        "'savings_plan' is empty; use one of: none, compute_1yr, compute_3yr",
        assertThrows(IllegalArgumentException.class, () -> SavingsPlan.parse(" ")).getMessage());
    assertEquals(
        "'environment' is empty; use one of: production, non_production",
        assertThrows(IllegalArgumentException.class, () -> DeploymentEnvironment.parse(null))
            .getMessage());
  }
}
