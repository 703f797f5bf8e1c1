package dev.lmiadvisor.tools.review;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.tools.review.code.ThreadSafetyFinding;
import dev.lmiadvisor.tools.review.code.ThreadSafetyReviewer;
import dev.lmiadvisor.tools.review.config.ConfigurationFinding;
import dev.lmiadvisor.tools.review.config.ConfigurationReviewer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The references' samples are test inputs: every "before" sample is flagged, and no "after" sample
 * and no template of the knowledge base gets a warning or an error. The references are read from
 * the knowledge module (a test dependency), so a change to a reference is checked here too.
 */
class ReferenceSamplesTest {

  private static final Map<String, String> RUNTIMES =
      Map.of(
          "java", "java",
          "javascript", "nodejs",
          "js", "nodejs",
          "typescript", "nodejs",
          "ts", "nodejs",
          "python", "python",
          "csharp", "dotnet",
          "cs", "dotnet");

  private static final ThreadSafetyReviewer CODE = new ThreadSafetyReviewer();
  private static final ConfigurationReviewer TEMPLATES = new ConfigurationReviewer();

  static List<FencedBlock> blocks() {
    List<FencedBlock> blocks = new ArrayList<>();
    for (ReferenceId id : ReferenceId.values()) {
      String path = "references/en/" + id.id() + ".md";
      try (InputStream in = ReferenceSamplesTest.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException(path + " is not on the test classpath");
        }
        blocks.addAll(
            FencedBlock.parse(
                id.id() + ".md", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return blocks;
  }

  static List<FencedBlock> codeSamples() {
    return blocks().stream()
        .filter(b -> RUNTIMES.containsKey(b.language()))
        .filter(b -> b.label().equals("before") || b.label().equals("after"))
        .toList();
  }

  static List<FencedBlock> yamlSamples() {
    return blocks().stream().filter(b -> b.language().equals("yaml")).toList();
  }

  @Test
  void theReferencesStillCarryTheSamplesThisTestReads() {
    // Guards against a fence-format change that would make the parameterized tests vacuous.
    assertTrue(codeSamples().size() >= 20, "code samples found: " + codeSamples().size());
    assertTrue(
        codeSamples().stream().filter(b -> b.label().equals("before")).count() >= 10,
        "before samples");
    assertTrue(yamlSamples().size() >= 5, "yaml samples found: " + yamlSamples().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codeSamples")
  void beforeSamplesAreFlagged_afterSamplesAreClean(FencedBlock sample) {
    List<ThreadSafetyFinding> serious =
        CODE.review(sample.body(), RUNTIMES.get(sample.language())).findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .toList();
    String found =
        serious.stream()
            .map(f -> f.ruleId() + "@" + f.line() + " " + f.message())
            .collect(Collectors.joining("\n"));
    if (sample.label().equals("before")) {
      assertFalse(serious.isEmpty(), sample + " is a 'before' sample but nothing was flagged");
    } else {
      assertTrue(serious.isEmpty(), sample + " is an 'after' sample but was flagged:\n" + found);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yamlSamples")
  void beforeTemplatesAreFlagged_otherTemplatesAreClean(FencedBlock sample) {
    List<ConfigurationFinding> serious =
        TEMPLATES.review(sample.body(), Optional.of("yaml")).findings().stream()
            .filter(f -> f.severity() != Severity.INFO)
            .toList();
    String found =
        serious.stream()
            .map(f -> f.ruleId() + " " + f.resource() + "@" + f.line() + " " + f.message())
            .collect(Collectors.joining("\n"));
    if (sample.label().equals("before")) {
      assertFalse(serious.isEmpty(), sample + " is a 'before' template but nothing was flagged");
    } else {
      assertTrue(serious.isEmpty(), sample + " should be clean but was flagged:\n" + found);
    }
  }
}
