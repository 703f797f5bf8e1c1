package dev.lmiadvisor.tools.review.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.review.ReviewInput;
import dev.lmiadvisor.tools.review.Severity;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigurationReviewerTest {

  private final ConfigurationReviewer reviewer = new ConfigurationReviewer();

  private static final String FUNCTION =
      """
      Resources:
        Fn:
          Type: AWS::Serverless::Function
          Properties:
            Runtime: nodejs22.x
            Architectures: [arm64]
            MemorySize: %s
            AutoPublishAlias: live
            CapacityProviderConfig:
              Arn: arn:aws:lambda:us-east-1:123456789012:capacity-provider:p
              ExecutionEnvironmentMemoryGiBPerVCpu: 2.0
              PerExecutionEnvironmentMaxConcurrency: 16
      """;

  @ParameterizedTest(name = "MemorySize {0} → {1}")
  @CsvSource({"128, CFG-MEMORY-MIN", "2047, CFG-MEMORY-MIN", "32769, CFG-MEMORY-MAX"})
  void memoryOutsideTheLmiRangeIsAnError(String memory, String rule) {
    ConfigurationReview review = reviewer.review(FUNCTION.formatted(memory), Optional.empty());
    ConfigurationFinding finding =
        review.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, finding.severity());
    assertEquals("Fn", finding.resource());
    assertEquals(7, finding.line());
    assertTrue(finding.message().contains(memory), finding.message());
  }

  @ParameterizedTest(name = "MemorySize {0} is accepted")
  @ValueSource(strings = {"2048", "4096", "32768"})
  void memoryInsideTheRangeGivesNoMemoryFinding(String memory) {
    ConfigurationReview review = reviewer.review(FUNCTION.formatted(memory), Optional.empty());
    assertTrue(
        review.findings().stream().noneMatch(f -> f.ruleId().startsWith("CFG-MEMORY")),
        review.findings().toString());
  }

  @Test
  void malformedTemplatesBecomeAParseErrorFindingWithTheirLine() {
    ConfigurationReview review =
        reviewer.review("Resources:\n  Fn: {Type: [\n", Optional.of("yaml"));
    assertEquals(1, review.findings().size());
    ConfigurationFinding finding = review.findings().getFirst();
    assertEquals("CFG-PARSE-ERROR", finding.ruleId());
    assertTrue(finding.line() >= 2);
    assertTrue(review.hasErrors());
    assertNull(review.shape());
  }

  @Test
  void theFormatIsDetectedOrTaken() {
    assertEquals(
        TemplateFormat.JSON, reviewer.review("{\"Resources\": {}}", Optional.empty()).format());
    assertEquals(TemplateFormat.YAML, reviewer.review("Resources: {}", Optional.empty()).format());
    // JSON is YAML too, so a JSON document read as YAML still works.
    assertEquals(
        TemplateFormat.YAML, reviewer.review("{\"Resources\": {}}", Optional.of("yaml")).format());
  }

  @Test
  void badInputIsRefusedWithAMessageThatSaysWhatToChange() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> reviewer.review("  ", Optional.empty()))
            .getMessage()
            .contains("empty"));
    String huge = "# " + "x".repeat(ReviewInput.MAX_CHARS);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> reviewer.review(huge, Optional.empty()))
            .getMessage()
            .contains("limit"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> reviewer.review("Resources: {}", Optional.of("toml")))
            .getMessage()
            .contains("yaml or json"));
  }
}
