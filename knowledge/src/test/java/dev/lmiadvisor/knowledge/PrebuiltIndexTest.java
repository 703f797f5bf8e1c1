package dev.lmiadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrebuiltIndexTest {

  private static final ReferenceLibrary LIBRARY = SharedKnowledge.SERVICE.library();

  @Test
  void theBuildShipsAnIndexOfTheseExactReferences() {
    assertTrue(PrebuiltIndex.load(LIBRARY.fingerprint()).isPresent());
  }

  @Test
  void anIndexOfOtherReferences_isNeverUsed() {
    assertTrue(PrebuiltIndex.load("0".repeat(64)).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "How much does LMI cost compared to Lambda?",
        "容量提供商一直卡在 Pending 状态怎么办？",
        "Chi phí của LMI là bao nhiêu?",
        "thread safety of a static SimpleDateFormat"
      })
  void prebuiltAndFreshIndexes_findTheSameSections(String question) {
    Analyzers analyzers = new Analyzers();
    SectionIndex prebuilt = new SectionIndex(LIBRARY, analyzers);
    SectionIndex fresh =
        new SectionIndex(LIBRARY, analyzers, SectionIndex.build(LIBRARY, analyzers));
    Language language = LanguageDetector.detect(question);
    assertEquals(
        fresh.search(language, question, Optional.empty(), 10),
        prebuilt.search(language, question, Optional.empty(), 10));
  }
}
