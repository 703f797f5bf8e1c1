package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.knowledge.Answer;
import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.knowledge.Passage;
import dev.lmiadvisor.knowledge.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a labelled question set against the shipped knowledge service: routing accuracy
 * (overall, per language, on boundary questions), off-topic detection both ways, whether the first
 * passage (and the first three) answer, and the calibration error of the confidence. Used by the
 * tests, with floors, and by {@code bench/run routing}, which prints them.
 */
public final class Evaluation {

  /** A fraction with its counts. */
  public record Rate(int hits, int total) {
    public double value() {
      return total == 0 ? Double.NaN : (double) hits / total;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * value(), hits, total);
    }
  }

  /**
   * @param routing top-1 routing of on-topic questions
   * @param byLanguage the same per question language
   * @param boundary routing of questions written to sit between two references
   * @param offTopicFlagged off-topic questions answered with on_topic false
   * @param onTopicFlagged on-topic questions wrongly answered with on_topic false
   * @param answerFirst factual questions whose first passage carries the answer
   * @param answerTop3 factual questions with the answer in one of the first three passages
   * @param sectionFirst routed-right questions whose first passage is from the labelled section
   * @param calibrationError expected calibration error of the route confidence, ten bins
   * @param misses the routing misses, for reading
   */
  public record Report(
      Rate routing,
      Map<String, Rate> byLanguage,
      Rate boundary,
      Rate offTopicFlagged,
      Rate onTopicFlagged,
      Rate answerFirst,
      Rate answerTop3,
      Rate sectionFirst,
      double calibrationError,
      List<String> misses) {}

  private Evaluation() {}

  public static Report of(KnowledgeService knowledge, List<BankQuestion> questions) {
    int[] routing = new int[2];
    int[] boundary = new int[2];
    int[] offFlagged = new int[2];
    int[] onFlagged = new int[2];
    int[] first = new int[2];
    int[] top3 = new int[2];
    int[] sectionFirst = new int[2];
    Map<String, int[]> byLanguage = new TreeMap<>();
    double[][] bins = new double[10][3];
    List<String> misses = new ArrayList<>();
    for (BankQuestion q : questions) {
      Answer answer;
      try {
        answer = knowledge.answer(q.question(), 3);
      } catch (UserInputException refused) {
        // Not readable as a question (no letters): turned away, which is right only off topic.
        if (q.onTopic()) {
          onFlagged[0]++;
          onFlagged[1]++;
          count(routing, false);
          count(byLanguage.computeIfAbsent(q.language(), k -> new int[2]), false);
        } else {
          count(offFlagged, true);
        }
        continue;
      }
      Route route = answer.route();
      if (!q.onTopic()) {
        offFlagged[1]++;
        offFlagged[0] += route.onTopic() ? 0 : 1;
        continue;
      }
      onFlagged[1]++;
      onFlagged[0] += route.onTopic() ? 0 : 1;
      boolean right = route.reference().id().equals(q.reference());
      count(routing, right);
      count(byLanguage.computeIfAbsent(q.language(), k -> new int[2]), right);
      if ("boundary".equals(q.kind())) {
        count(boundary, right);
      }
      int bin = Math.min(9, (int) (route.confidence() * 10));
      bins[bin][0]++;
      bins[bin][1] += route.confidence();
      bins[bin][2] += right ? 1 : 0;
      if (!right) {
        misses.add(
            String.format(
                Locale.ROOT,
                "%s -> %s (%.2f) [%s %s] %s",
                q.reference(),
                route.reference().id(),
                route.confidence(),
                q.language(),
                q.kind(),
                q.question().replace('\n', ' ')));
        continue;
      }
      List<Passage> passages = answer.passages();
      if (q.section() != null && !passages.isEmpty()) {
        count(sectionFirst, passages.get(0).section().equals(q.section()));
      }
      if (q.answer() != null && !q.answer().isBlank() && !passages.isEmpty()) {
        String wanted = q.answer();
        boolean inFirst = AnswerMatch.states(passages.get(0).text(), wanted);
        boolean inTop3 = passages.stream().anyMatch(p -> AnswerMatch.states(p.text(), wanted));
        boolean anywhere = knowledgeCarries(knowledge, answer, wanted);
        if (anywhere) {
          count(first, inFirst);
          count(top3, inTop3);
        }
      }
    }
    double ece = 0;
    for (double[] b : bins) {
      if (b[0] > 0) {
        ece += b[0] / routing[1] * Math.abs(b[1] / b[0] - b[2] / b[0]);
      }
    }
    Map<String, Rate> languages = new TreeMap<>();
    byLanguage.forEach((k, v) -> languages.put(k, new Rate(v[0], v[1])));
    return new Report(
        new Rate(routing[0], routing[1]),
        languages,
        new Rate(boundary[0], boundary[1]),
        new Rate(offFlagged[0], offFlagged[1]),
        new Rate(onFlagged[0], onFlagged[1]),
        new Rate(first[0], first[1]),
        new Rate(top3[0], top3[1]),
        new Rate(sectionFirst[0], sectionFirst[1]),
        ece,
        misses);
  }

  /**
   * Whether the routed reference states the answer in any one passage: a factual question whose
   * answer the reference does not state cannot be scored by matching.
   */
  private static boolean knowledgeCarries(
      KnowledgeService knowledge, Answer answer, String wanted) {
    return knowledge.passages(answer.route().reference(), answer.language()).stream()
        .anyMatch(text -> AnswerMatch.states(text, wanted));
  }

  private static void count(int[] counter, boolean hit) {
    counter[1]++;
    counter[0] += hit ? 1 : 0;
  }
}
