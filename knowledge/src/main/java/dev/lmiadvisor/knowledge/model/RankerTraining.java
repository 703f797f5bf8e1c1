package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.LanguageDetector;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.passage.AnsweredQuestions;
import dev.lmiadvisor.knowledge.passage.PassageRanker;
import dev.lmiadvisor.knowledge.passage.PassageUnit;
import dev.lmiadvisor.knowledge.passage.UnitIndex;
import dev.lmiadvisor.knowledge.text.InstructionFilter;
import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Learns the passage ranker's weights from pairs of units, and gathers the answered questions whose
 * votes are among its inputs. Every question is ranked with section models and answered questions
 * that never saw it, as a question from a user will be.
 */
final class RankerTraining {

  /** The wrong units per question that pairs are made with: the hardest teach the most. */
  private static final int HARD_NEGATIVES = 40;

  private RankerTraining() {}

  /**
   * The passage ranker, learnt on dev questions with section models that never saw them: pairs of
   * (a unit that answers, a unit that does not) of the question's reference.
   */
  static float[] weights(
      List<BankQuestion> bankTrain,
      List<BankQuestion> dev,
      List<BankQuestion> trainWithPassages,
      double sectionC,
      UnitIndex index) {
    List<double[]> differences = new ArrayList<>();
    // Dev questions, with section models and answered questions that never saw them.
    pairs(
        dev,
        SectionModels.fit(trainWithPassages, sectionC),
        answered(bankTrain, index),
        index,
        differences);
    // The bank's training questions in two halves, each with section models of the other half:
    // the ranker must learn how far to trust a section model on questions that model did not see.
    List<BankQuestion> passagesOnly =
        trainWithPassages.stream().filter(q -> "passage".equals(q.kind())).toList();
    List<BankQuestion> even = new ArrayList<>();
    List<BankQuestion> odd = new ArrayList<>();
    for (int i = 0; i < bankTrain.size(); i++) {
      (i % 2 == 0 ? even : odd).add(bankTrain.get(i));
    }
    pairs(
        even,
        SectionModels.fit(ModelBuilder.concat(odd, passagesOnly), sectionC),
        answered(odd, index),
        index,
        differences);
    pairs(
        odd,
        SectionModels.fit(ModelBuilder.concat(even, passagesOnly), sectionC),
        answered(even, index),
        index,
        differences);
    float[] weights = Training.pairwise(differences, 1);
    ModelBuilder.LOG.println(
        "ranker: " + differences.size() + " pairs, weights " + java.util.Arrays.toString(weights));
    return weights;
  }

  /** The labelled bank questions with the units that answer them, for the ranker's votes. */
  static AnsweredQuestions answered(List<BankQuestion> questions, UnitIndex index) {
    List<AnsweredQuestions.Asked> out = new ArrayList<>();
    for (BankQuestion q : questions) {
      if (!SectionModels.labelled(q) || PassageRanker.NOT_PASSAGES.contains(q.section())) {
        continue;
      }
      String asked = InstructionFilter.strip(q.question());
      Language language = LanguageDetector.detect(asked).referenceLanguage();
      List<PassageUnit> good =
          AnswerMatch.answering(q, index.units(SectionModels.reference(q), language));
      if (!good.isEmpty()) {
        out.add(AnsweredQuestions.asked(asked, SectionModels.reference(q), good, index));
      }
    }
    return AnsweredQuestions.of(out);
  }

  private static void pairs(
      List<BankQuestion> questions,
      Map<ReferenceId, LinearModel> sections,
      AnsweredQuestions answered,
      UnitIndex index,
      List<double[]> differences) {
    PassageRanker features = new PassageRanker(index, new float[PassageRanker.FEATURES], answered);
    for (BankQuestion q : questions) {
      if (!SectionModels.labelled(q) || PassageRanker.NOT_PASSAGES.contains(q.section())) {
        continue;
      }
      ReferenceId id = SectionModels.reference(q);
      String asked = InstructionFilter.strip(q.question());
      Language language = LanguageDetector.detect(asked).referenceLanguage();
      Map<String, Double> probabilities = probabilities(sections.get(id), asked);
      Map<PassageUnit, double[]> candidates =
          features.candidates(asked, language, id, probabilities);
      List<PassageUnit> good = AnswerMatch.answering(q, candidates.keySet());
      if (good.isEmpty()) {
        continue;
      }
      // Other units of the answering section are neither right nor wrong, unless the question's
      // stated answer picked the good units out: then they are wrong too, and the ranker learns to
      // put the unit that states the answer before its neighbours (on dev: 43.4 % -> 44.6 % of
      // answers in the first passage).
      boolean stated =
          q.answer() != null && good.stream().allMatch(u -> AnswerMatch.carries(u, q.answer()));
      List<PassageUnit> sameSection =
          stated
              ? List.of()
              : candidates.keySet().stream()
                  .filter(u -> u.sectionId().equals(q.section()))
                  .toList();
      // The hardest wrong units teach the most; the rest add pairs, not information.
      List<Map.Entry<PassageUnit, double[]>> wrong =
          candidates.entrySet().stream()
              .filter(e -> !sameSection.contains(e.getKey()) && !good.contains(e.getKey()))
              .sorted(
                  java.util.Comparator.comparingDouble(
                          (Map.Entry<PassageUnit, double[]> e) ->
                              e.getValue()[0] + 2 * e.getValue()[1])
                      .reversed())
              .limit(HARD_NEGATIVES)
              .toList();
      for (Map.Entry<PassageUnit, double[]> bad : wrong) {
        for (PassageUnit unit : good.subList(0, Math.min(3, good.size()))) {
          double[] g = candidates.get(unit);
          double[] d = new double[g.length];
          for (int i = 0; i < g.length; i++) {
            d[i] = g[i] - bad.getValue()[i];
          }
          differences.add(d);
        }
      }
    }
  }

  static Map<String, Double> probabilities(LinearModel model, String asked) {
    return model == null ? Map.of() : model.probabilitiesByLabel(QuestionFeatures.of(asked));
  }
}
