package dev.lmiadvisor.knowledge.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.knowledge.KnowledgeService;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Floors under the figures of the bank's test split, which no training or tuning step reads
 * (ModelBuilder reads train and dev only). The floors sit a little under what the shipped models
 * measure (bench/RESULTS.md), so that a change that makes routing or passages worse fails here.
 */
class BankAccuracyTest {

  private static Evaluation.Report report;

  @BeforeAll
  static void evaluate() throws IOException {
    report = Evaluation.of(KnowledgeService.load(), QuestionBankTest.split("test"));
    System.out.println("test split: routing " + report.routing() + " " + report.byLanguage());
    System.out.println(
        "  boundary "
            + report.boundary()
            + ", off-topic flagged "
            + report.offTopicFlagged()
            + ", on-topic flagged "
            + report.onTopicFlagged());
    System.out.println(
        "  answer first " + report.answerFirst() + ", top three " + report.answerTop3());
  }

  @Test
  void routing_holdsItsFloor_overallAndInEachLanguage() {
    assertTrue(report.routing().value() >= ROUTING, report.routing().toString());
    // The three languages; the split holds only a handful of Japanese and Korean
    // questions, too few for a rate (they are reported, not floored).
    for (String language : List.of("en", "zh", "vi")) {
      Evaluation.Rate rate = report.byLanguage().get(language);
      assertTrue(rate.value() >= PER_LANGUAGE, language + " " + rate);
    }
    assertTrue(report.boundary().value() >= BOUNDARY, report.boundary().toString());
  }

  @Test
  void offTopic_isFlagged_andLmiQuestionsAreNot() {
    assertTrue(report.offTopicFlagged().value() >= OFF_TOPIC, report.offTopicFlagged().toString());
    assertTrue(
        report.onTopicFlagged().value() <= ON_TOPIC_FLAGGED, report.onTopicFlagged().toString());
  }

  @Test
  void firstPassages_carryTheAnswer() {
    assertTrue(report.answerFirst().value() >= ANSWER_FIRST, report.answerFirst().toString());
    assertTrue(report.answerTop3().value() >= ANSWER_TOP3, report.answerTop3().toString());
  }

  // Measured on 2026-12-03 (bench/RESULTS.md), 1,014 questions: routing 87.0 %, en 86.7 / zh 88.8 /
  // vi 86.0 %, boundary 79.4 %, off-topic flagged 85.3 %, LMI questions flagged 1.5 %, answer first
  // 51.3 %, in the top three 77.0 %; with the answered questions' votes in the passage ranker (the
  // same day, later), answer first 58.4 %, top three 78.8 %. Below the targets; the floors
  // keep what was reached. With 449 more off-topic questions (later again): routing 86.8 %,
  // off-topic flagged 85.6 % of 271, LMI questions flagged 1.6 %.
  private static final double ROUTING = 0.85;
  private static final double PER_LANGUAGE = 0.84;
  private static final double BOUNDARY = 0.77;
  private static final double OFF_TOPIC = 0.83;
  private static final double ON_TOPIC_FLAGGED = 0.025;
  private static final double ANSWER_FIRST = 0.55;
  private static final double ANSWER_TOP3 = 0.76;
}
