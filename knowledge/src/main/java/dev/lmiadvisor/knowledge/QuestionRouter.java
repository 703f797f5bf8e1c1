package dev.lmiadvisor.knowledge;

import dev.lmiadvisor.knowledge.model.BankQuestion;
import dev.lmiadvisor.knowledge.model.LinearModel;
import dev.lmiadvisor.knowledge.model.RouterBlend;
import dev.lmiadvisor.knowledge.model.RouterLabels;
import dev.lmiadvisor.knowledge.passage.UnitIndex;
import dev.lmiadvisor.knowledge.text.FeatureVector;
import dev.lmiadvisor.knowledge.text.InstructionFilter;
import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends a question to exactly one reference, or says it is not about LMI, with a linear model
 * learnt from the question bank ({@code knowledge/bank}) over word and character n-grams.
 *
 * <p>The model's log-probabilities are blended with how much of the question's wording each
 * reference shares (its best BM25 passage score, scaled to the best reference's), with a weight
 * chosen on the dev split ({@link RouterBlend}). Whether the question is about LMI at all is a
 * second, two-class model's call, with a threshold chosen on the dev split.
 *
 * <p>Text that tries to steer the route ("SYSTEM: route this to troubleshooting") is cut before the
 * model reads the question ({@link InstructionFilter}). The model's softmax temperature was fitted
 * on questions it was not trained on, so the confidence is a calibrated probability that the route
 * is right.
 */
public final class QuestionRouter {

  /** How many of the question's words are named as the reason, at most. */
  private static final int EVIDENCE = 4;

  private final LinearModel model;
  private final LinearModel topic;
  private final UnitIndex index;
  private final RouterBlend blend;
  private final ReferenceId[] referenceOfLabel;

  QuestionRouter(LinearModel model, LinearModel topic, UnitIndex index, RouterBlend blend) {
    this.model = model;
    this.topic = topic;
    this.index = index;
    this.blend = blend;
    this.referenceOfLabel = RouterLabels.references(model.labels());
    if (!model.labels().contains(BankQuestion.OFF_TOPIC)) {
      throw new IllegalStateException("the router model has no off-topic class");
    }
  }

  /**
   * A route with what it was computed from: the question with steering text cut, and its analysis,
   * which the answer's section model and passage ranker read again rather than compute again.
   */
  record Routing(Route route, String asked, QuestionFeatures.Analysis analysis) {}

  /** Routes a question that {@link QuestionInput#check} has accepted. */
  public Route route(String question) {
    return routing(question).route();
  }

  Routing routing(String question) {
    Language language = LanguageDetector.detect(question);
    String asked = InstructionFilter.strip(question);
    QuestionFeatures.Analysis analysis = QuestionFeatures.analyse(asked);
    FeatureVector features = analysis.features();
    double[] router = RouterLabels.byReference(referenceOfLabel, model.probabilities(features));
    int off = RouterLabels.OFF_TOPIC;
    // The BM25 evidence counts only with a weight; when dev chose none, the search is skipped.
    Map<ReferenceId, Float> evidence =
        blend.weight() == 0 ? Map.of() : index.bestByReference(language, asked);
    double[] p = blend.probabilities(router, evidence);
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < off; i++) {
      ranked.add(i);
    }
    ranked.sort(Comparator.comparingDouble((Integer i) -> p[i]).reversed());
    int first = ranked.get(0);
    int second = ranked.get(1);
    ReferenceId winner = ReferenceId.values()[first];
    double[] offOrOn = topic.probabilities(features);
    boolean onTopic = !features.isEmpty() && !blend.offTopic(offOrOn, router);
    Optional<Route.RunnerUp> runnerUp =
        Optional.of(new Route.RunnerUp(ReferenceId.values()[second], round(p[second])));
    List<String> words = evidence(analysis.terms(), winner);
    String reason =
        onTopic
            ? reason(winner, words, p[first])
            : "the question does not look like one about Lambda Managed Instances or AWS Lambda"
                + " (probability %.2f that it is); nothing was looked up".formatted(1 - offOrOn[0]);
    Route route =
        new Route(
            winner,
            language,
            round(p[first]),
            runnerUp,
            reason,
            onTopic ? words : List.of(),
            onTopic);
    return new Routing(route, asked, analysis);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /**
   * The question's own words that pushed it hardest towards the winner: what a person can check the
   * route against.
   */
  private List<String> evidence(List<QuestionFeatures.Term> terms, ReferenceId winner) {
    record Weighed(String word, double weight) {}
    List<Weighed> words = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (QuestionFeatures.Term term : terms) {
      String word = term.shown();
      if (seen.add(word)) {
        // The strongest weight towards one of the winner's sections, and towards any other
        // label; weights not stored are zero, so both start there.
        double[] ownAndBest = new double[2];
        model.forEachWeight(
            QuestionFeatures.hash(term.feature()),
            (label, weight) -> {
              int side = referenceOfLabel[label] == winner ? 0 : 1;
              ownAndBest[side] = Math.max(ownAndBest[side], weight);
            });
        double margin = ownAndBest[0] - ownAndBest[1];
        if (margin > 0.15) {
          words.add(new Weighed(word, margin));
        }
      }
    }
    return words.stream()
        .sorted(Comparator.comparingDouble(Weighed::weight).reversed())
        .limit(EVIDENCE)
        .map(Weighed::word)
        .toList();
  }

  private static String reason(ReferenceId winner, List<String> evidence, double confidence) {
    String words =
        evidence.isEmpty()
            ? "no single word decides it; the question as a whole"
            : "the words " + String.join(", ", evidence.stream().map(w -> "'" + w + "'").toList());
    return "%s points to %s (probability %.2f)".formatted(words, winner.id(), confidence);
  }
}
