package dev.lmiadvisor.knowledge.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.ReferenceLibrary;
import dev.lmiadvisor.knowledge.text.Analyzers;
import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnsweredQuestionsTest {

  private static final UnitIndex INDEX = new UnitIndex(ReferenceLibrary.load(), new Analyzers());

  private static final List<PassageUnit> COST =
      INDEX.units(ReferenceId.COST_COMPARISON, Language.EN);

  private static final AnsweredQuestions ANSWERED =
      AnsweredQuestions.of(
          List.of(
              AnsweredQuestions.asked(
                  "what is the management fee on managed instances",
                  ReferenceId.COST_COMPARISON,
                  List.of(COST.get(3)),
                  INDEX),
              AnsweredQuestions.asked(
                  "how are requests billed",
                  ReferenceId.COST_COMPARISON,
                  List.of(COST.get(7)),
                  INDEX)));

  private static Map<PassageUnit, Double> votes(AnsweredQuestions answered, String question) {
    return answered.votes(
        QuestionFeatures.terms(question), ReferenceId.COST_COMPARISON, Language.EN, INDEX);
  }

  @Test
  void aQuestionWordedLikeAnAnsweredOne_votesForItsUnitFirst() {
    Map<PassageUnit, Double> votes = votes(ANSWERED, "how big is the management fee");
    assertTrue(votes.get(COST.get(3)) > votes.getOrDefault(COST.get(7), 0.0), votes.toString());
  }

  @Test
  void aQuestionSharingNoWord_getsNoVote() {
    assertTrue(votes(ANSWERED, "zebra giraffe").isEmpty());
  }

  @Test
  void otherReferencesAndLanguages_doNotVote() {
    String question = "what is the management fee on managed instances";
    assertTrue(
        ANSWERED
            .votes(
                QuestionFeatures.terms(question),
                ReferenceId.MIGRATION_PATTERNS,
                Language.EN,
                INDEX)
            .isEmpty());
    assertTrue(
        ANSWERED
            .votes(
                QuestionFeatures.terms(question), ReferenceId.COST_COMPARISON, Language.ZH, INDEX)
            .isEmpty());
  }

  @Test
  void writtenAndReadBack_votesTheSame() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ANSWERED.write(new DataOutputStream(bytes));
    AnsweredQuestions read =
        AnsweredQuestions.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(ANSWERED.size(), read.size());
    String question = "management fee and requests";
    assertEquals(votes(ANSWERED, question), votes(read, question));
  }
}
