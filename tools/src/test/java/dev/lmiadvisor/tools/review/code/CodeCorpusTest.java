package dev.lmiadvisor.tools.review.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.review.ExpectedFindings;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden corpus: each handler under {@code review/code/<runtime>/} produces exactly the findings
 * listed for it in {@code expected.tsv} (rule, severity, line). The runtime comes from the file
 * extension, as on the command line.
 */
class CodeCorpusTest {

  private static final Path CORPUS = ExpectedFindings.directory("review/code");
  private static final Map<String, List<String>> EXPECTED = ExpectedFindings.read(CORPUS);
  private static final ThreadSafetyReviewer REVIEWER = new ThreadSafetyReviewer();

  static List<String> samples() {
    return ExpectedFindings.samples(CORPUS);
  }

  @Test
  void theCorpusHasAtLeastTwentySamplesInEveryRuntime() {
    assertTrue(samples().size() >= 20, "samples: " + samples().size());
    assertEquals(
        Set.copyOf(samples()), EXPECTED.keySet(), "every sample is listed in expected.tsv");
    for (LambdaRuntime runtime : ThreadSafetyReviewer.RUNTIMES) {
      long count =
          samples().stream()
              .filter(s -> SourceLanguage.forFileName(s).orElseThrow().runtime() == runtime)
              .count();
      assertTrue(count >= 4, runtime + " samples: " + count);
    }
  }

  @Test
  void everyRuleIsExercisedByTheCorpus() {
    Set<String> exercised =
        EXPECTED.values().stream()
            .flatMap(List::stream)
            .map(row -> row.split("\t")[0])
            .collect(Collectors.toSet());
    Set<String> missing =
        Arrays.stream(ThreadSafetyRule.values())
            .map(ThreadSafetyRule::id)
            .filter(id -> !exercised.contains(id))
            .collect(Collectors.toSet());
    assertEquals(Set.of(), missing, "rules without a corpus sample that triggers them");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void findingsMatchTheGoldenList(String sample) throws IOException {
    LambdaRuntime runtime = SourceLanguage.forFileName(sample).orElseThrow().runtime();
    ThreadSafetyReview review = REVIEWER.review(Files.readString(CORPUS.resolve(sample)), runtime);
    List<String> actual =
        review.findings().stream()
            .map(f -> String.join("\t", f.ruleId(), f.severity().id(), Integer.toString(f.line())))
            .sorted()
            .toList();
    assertEquals(EXPECTED.get(sample), actual, sample);
    review.findings().forEach(f -> assertTrue(!f.fix().isBlank(), "fix of " + f));
  }
}
