package dev.lmiadvisor.knowledge.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.LanguageDetector;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.ReferenceLibrary;
import dev.lmiadvisor.knowledge.text.Analyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrebuiltIndexTest {

  private static final ReferenceLibrary LIBRARY = ReferenceLibrary.load();

  @Test
  void theBuildShipsAnIndexOfTheseExactReferences() {
    assertTrue(PrebuiltIndex.load(LIBRARY.fingerprint()).isPresent());
  }

  @Test
  void anIndexOfOtherReferences_isNeverUsed() {
    assertTrue(PrebuiltIndex.load("0".repeat(64)).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "How much does LMI cost compared to Lambda?, cost-comparison",
    "容量提供商一直卡在 Pending 状态怎么办？, troubleshooting",
    "thread safety of a static SimpleDateFormat, thread-safety"
  })
  void prebuiltAndFreshIndexes_scoreTheSameUnits(String question, String reference) {
    Analyzers analyzers = new Analyzers();
    UnitIndex prebuilt = new UnitIndex(LIBRARY, analyzers);
    UnitIndex fresh = new UnitIndex(LIBRARY, analyzers, UnitIndex.build(LIBRARY, analyzers));
    Language language = LanguageDetector.detect(question);
    ReferenceId id = ReferenceId.fromId(reference).orElseThrow();
    var expected = fresh.scores(language, question, id);
    assertFalse(expected.isEmpty());
    assertEquals(expected, prebuilt.scores(language, question, id));
  }
}
