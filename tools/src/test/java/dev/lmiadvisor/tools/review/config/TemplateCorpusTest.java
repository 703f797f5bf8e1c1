package dev.lmiadvisor.tools.review.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.review.ExpectedFindings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden corpus: each template under {@code review/templates} produces exactly the findings listed
 * for it in {@code expected.tsv} (rule, severity, resource, line), no more and no fewer.
 */
class TemplateCorpusTest {

  private static final Path CORPUS = ExpectedFindings.directory("review/templates");
  private static final Map<String, List<String>> EXPECTED = ExpectedFindings.read(CORPUS);
  private static final ConfigurationReviewer REVIEWER = new ConfigurationReviewer();

  static List<String> templates() {
    return ExpectedFindings.samples(CORPUS);
  }

  @Test
  void theCorpusHasAtLeastFifteenTemplatesAndEachHasExpectations() {
    assertTrue(templates().size() >= 15, "templates: " + templates().size());
    assertEquals(
        Set.copyOf(templates()), EXPECTED.keySet(), "every template is listed in expected.tsv");
  }

  @Test
  void everyRuleIsExercisedByTheCorpus() {
    assertEquals(
        Set.of(),
        ExpectedFindings.unexercised(
            EXPECTED, Arrays.stream(ConfigurationRule.values()).map(ConfigurationRule::id)),
        "rules without a corpus template that triggers them");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void findingsMatchTheGoldenList(String template) throws IOException {
    ConfigurationReview review =
        REVIEWER.review(Files.readString(CORPUS.resolve(template)), Optional.empty());
    List<String> actual =
        review.findings().stream()
            .map(
                f ->
                    String.join(
                        "\t",
                        f.ruleId(),
                        f.severity().id(),
                        f.resource(),
                        Integer.toString(f.line())))
            .sorted()
            .toList();
    assertEquals(EXPECTED.get(template), actual, template);
    review
        .findings()
        .forEach(
            f -> {
              assertTrue(f.message().matches("(?s).+[.?]"), "message is a sentence: " + f);
              assertTrue(!f.fix().isBlank(), "fix of " + f);
            });
  }
}
