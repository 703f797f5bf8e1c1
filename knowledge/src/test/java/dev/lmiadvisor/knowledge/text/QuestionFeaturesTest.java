package dev.lmiadvisor.knowledge.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuestionFeaturesTest {

  private static boolean has(String text, String feature) {
    return Arrays.binarySearch(QuestionFeatures.of(text).ids(), QuestionFeatures.hash(feature))
        >= 0;
  }

  @Test
  void vietnameseCompounds_stayWhole_andDiacriticsCount() {
    // "khởi tạo" (initialise) is its own feature, distinct from "tạo" (create) alone.
    assertTrue(has("khởi tạo client ở đâu", "B|khởi_tạo"));
    assertTrue(has("khởi tạo client ở đâu", "b|khoi_tao"));
    assertTrue(has("khoi tao client o dau", "b|khoi_tao"));
    assertTrue(!has("khoi tao client o dau", "B|khởi_tạo"));
  }

  @Test
  void apiNames_areSplitIntoTheirWords() {
    assertTrue(has("NoPublishedVersionException on invoke", "w|published"));
    assertTrue(has("NoPublishedVersionException on invoke", "w|exception"));
    assertTrue(has("$LATEST.PUBLISHED qualifier", "w|latest"));
  }

  @Test
  void chineseText_givesCharacterPairs() {
    assertTrue(has("容量提供商卡住了", "b|卡_住"));
  }

  @Test
  void vectors_areUnitLength_sorted_andTheSameEveryTime() {
    FeatureVector v = QuestionFeatures.of("How much does LMI cost at 300M requests a month?");
    double norm =
        IntStream.range(0, v.size()).mapToDouble(i -> v.values()[i] * v.values()[i]).sum();
    assertEquals(1.0, norm, 1e-5);
    for (int i = 1; i < v.size(); i++) {
      assertTrue(v.ids()[i - 1] < v.ids()[i]);
    }
    assertEquals(v, QuestionFeatures.of("How much does LMI cost at 300M requests a month?"));
    assertNotEquals(v, QuestionFeatures.of("How much does LMI cost at 300M requests a year?"));
  }

  @Test
  void emptyText_givesNoFeatures() {
    assertTrue(QuestionFeatures.of("  ").isEmpty());
  }

  @Test
  void analysingOnce_givesTheFeaturesAndTermsOfTheSeparateCalls() {
    for (String text :
        new String[] {
          "Why does NoPublishedVersionException show up after publishing LATEST.PUBLISHED?",
          "容量提供商一直卡在 Pending 状态怎么办？",
          "Khởi tạo SDK client trong môi trường thực thi thế nào?",
          "",
        }) {
      QuestionFeatures.Analysis analysis = QuestionFeatures.analyse(text);
      assertEquals(QuestionFeatures.of(text), analysis.features(), text);
      assertEquals(QuestionFeatures.terms(text), analysis.terms(), text);
    }
  }
}
