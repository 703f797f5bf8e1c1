package dev.lmiadvisor.tools.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuntimeVersionTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "python, python3.13, PYTHON",
    "java, java21, JAVA",
    "nodejs, nodejs22.x, NODEJS",
    "node, nodejs22.x, NODEJS",
    "dotnet, dotnet8, DOTNET",
    "rust, provided.al2023, RUST",
    "provided.al2023, provided.al2023, RUST",
    "' Python3.14 ', python3.14, PYTHON",
    "java25, java25, JAVA",
    "nodejs24.x, nodejs24.x, NODEJS",
  })
  void aRuntimeNamePicksItsOldestSupportedVersion_anIdIsKept(
      String text, String id, LambdaRuntime runtime) {
    RuntimeVersion version = RuntimeVersion.resolve(text);
    assertEquals(id, version.id());
    assertEquals(runtime, version.runtime());
    assertEquals(runtime.defaultHandler(), version.defaultHandler());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"python3.12", "java17", "nodejs20.x", "dotnet6", "ruby3.3", "go", ""})
  void versionsBelowTheMinimumAndOtherRuntimesAreRefusedWithTheSupportedList(String text) {
    String message =
        assertThrows(IllegalArgumentException.class, () -> RuntimeVersion.resolve(text))
            .getMessage();
    assertTrue(
        message.startsWith("runtime '" + text + "' does not run on Lambda Managed"), message);
    assertTrue(
        message.endsWith(
            "use one of java (java21+), python (python3.13+), nodejs (nodejs22.x+), dotnet"
                + " (dotnet8+), rust (provided.al2023)"),
        message);
  }

  @Test
  void everyOldestVersionIsALambdaRuntimeThatResolvesToItself() {
    for (LambdaRuntime runtime : LambdaRuntime.values()) {
      assertEquals(runtime, RuntimeVersion.resolve(runtime.oldestVersion()).runtime());
    }
  }

  @ParameterizedTest(name = "{0}: runtime {1}, supported {2}")
  @CsvSource({
    "python3.14, PYTHON, true",
    "python3.12, PYTHON, false",
    "dotnet10, DOTNET, true",
    "java8.al2, JAVA, false",
    "nodejs20.x, NODEJS, false",
    "provided.al2023, RUST, true",
    "nodejs22, , false",
    "provided.al2, , false",
    "ruby3.3, , false",
  })
  void aRuntimeIdIsReadByItsRuntimesShapeEvenBeforeTheSdkKnowsIt(
      String id, LambdaRuntime runtime, boolean supported) {
    assertEquals(Optional.ofNullable(runtime), RuntimeVersion.runtimeOf(id));
    assertEquals(supported, RuntimeVersion.supportedRuntimeOf(id).isPresent());
  }
}
