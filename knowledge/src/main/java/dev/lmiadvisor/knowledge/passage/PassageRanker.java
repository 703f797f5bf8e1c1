package dev.lmiadvisor.knowledge.passage;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Orders one reference's passage units for a question with a linear function learnt from (question,
 * answering passage) pairs of the question bank ({@code ModelBuilder}).
 *
 * <p>Its inputs per unit: how likely the unit's section is to answer (the section model), the
 * unit's BM25 score and rank, where it stands in its section, what kind of block it is, and whether
 * it holds the kind of thing the question asks for (a number for "how many", a command or template
 * for "how do I"), and how many of the bank's questions worded like this one it answers.
 */
public final class PassageRanker {

  /** Sections that never come back as passages: they are summarised in their own fields. */
  public static final Set<String> NOT_PASSAGES = Set.of("sources", "corrections");

  public static final int FEATURES = 17;

  private static final double FLOOR = 1e-4;

  private static final Pattern ASKS_FOR_A_VALUE =
      Pattern.compile(
          "(?iu)\\b(?:how (?:much|many|long|big|large|high|low)|max(?:imum)?|min(?:imum)?|limit|"
              + "default|quota|what is the|which|price|rate|percent|ratio)\\b|多少|几|最大|最小|最多"
              + "|最少|上限|下限|默认|限制|配额|价格|比例|bao nhi[eê]u|t[oố]i [dđ]a|t[oố]i thi[eể]u"
              + "|m[aặ]c [dđ][iị]nh|gi[oớ]i h[aạ]n|gi[aá]");

  private static final Pattern ASKS_HOW =
      Pattern.compile(
          "(?iu)\\b(?:how (?:do|to|can|should)|command|cli|template|example|snippet|yaml|cdk|sam|"
              + "terraform|code|sample|script)\\b|怎么|如何|命令|模板|示例|例子|代码|c[aá]ch|l[eệ]nh|"
              + "m[aẫ]u|v[ií] d[uụ]");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  /** API, CLI and error names as written: camel case, dotted, dashed, with digits or a dollar. */
  private static final Pattern NAME =
      Pattern.compile(
          "\\$?[A-Za-z][a-z0-9]*[A-Z][A-Za-z0-9]*|[a-z]+(?:-[a-z0-9]+){1,}|[A-Za-z]+[._][A-Za-z0-9._]+"
              + "|\\d+(?:\\.\\d+)?");

  private static Set<String> names(String question) {
    Set<String> names = new java.util.HashSet<>();
    java.util.regex.Matcher m = NAME.matcher(question);
    while (m.find()) {
      names.add(m.group());
    }
    return names;
  }

  /** The question's words that say something: not the short function words. */
  private static Set<String> telling(String text) {
    return telling(QuestionFeatures.terms(text));
  }

  private static Set<String> telling(List<QuestionFeatures.Term> terms) {
    Set<String> out = new java.util.HashSet<>();
    for (QuestionFeatures.Term term : terms) {
      if (term.shown().length() > 3 || term.feature().startsWith("b|")) {
        out.add(term.shown());
      }
    }
    return out;
  }

  private final UnitIndex index;
  private final float[] weights;
  private final AnsweredQuestions answered;

  /**
   * Each unit's telling words, as sorted hash codes: tokenising every candidate unit again for
   * every question was two thirds of an answer's time. Filled as units are first ranked; the
   * references do not change while the server runs.
   */
  private final Map<PassageUnit, int[]> unitWords = new ConcurrentHashMap<>();

  private int[] wordsOf(PassageUnit unit) {
    return unitWords.computeIfAbsent(unit, u -> hashes(telling(u.heading() + "\n" + u.text())));
  }

  private static int[] hashes(Set<String> words) {
    return words.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
  }

  private static double shared(Set<String> asked, int[] has) {
    return asked.isEmpty()
        ? 0
        : asked.stream().filter(w -> Arrays.binarySearch(has, w.hashCode()) >= 0).count()
            / (double) asked.size();
  }

  /** A unit and its score. */
  public record Ranked(PassageUnit unit, double score) {}

  public PassageRanker(UnitIndex index, float[] weights, AnsweredQuestions answered) {
    if (weights.length != FEATURES) {
      throw new IllegalArgumentException("ranker has " + weights.length + " weights");
    }
    this.index = index;
    this.weights = weights.clone();
    this.answered = answered;
  }

  /**
   * The units of one reference that may be passages, best first.
   *
   * @param terms the question's terms ({@link QuestionFeatures#terms})
   * @param sectionProbability the section model's probability of each section id
   */
  public List<Ranked> rank(
      String question,
      List<QuestionFeatures.Term> terms,
      Language language,
      ReferenceId reference,
      Map<String, Double> sectionProbability) {
    List<Ranked> ranked = new ArrayList<>();
    candidates(question, terms, language, reference, sectionProbability)
        .forEach(
            (unit, features) -> {
              double score = 0;
              for (int i = 0; i < FEATURES; i++) {
                score += weights[i] * features[i];
              }
              ranked.add(new Ranked(unit, score));
            });
    // Ties keep document order, so the ranking is the same on every run.
    ranked.sort(
        Comparator.comparingDouble(Ranked::score)
            .reversed()
            .thenComparingInt(r -> order(r.unit())));
    return ranked;
  }

  private static int order(PassageUnit unit) {
    return unit.sectionId().hashCode() * 31 + unit.ordinal();
  }

  /** The feature vector of every candidate unit, for training. */
  public Map<PassageUnit, double[]> candidates(
      String question,
      Language language,
      ReferenceId reference,
      Map<String, Double> sectionProbability) {
    return candidates(
        question, QuestionFeatures.terms(question), language, reference, sectionProbability);
  }

  /**
   * The feature vector of every candidate unit.
   *
   * @param terms the question's terms ({@link QuestionFeatures#terms})
   */
  private Map<PassageUnit, double[]> candidates(
      String question,
      List<QuestionFeatures.Term> terms,
      Language language,
      ReferenceId reference,
      Map<String, Double> sectionProbability) {
    List<PassageUnit> units =
        index.units(reference, language).stream()
            .filter(u -> !NOT_PASSAGES.contains(u.sectionId()))
            .toList();
    Map<PassageUnit, Float> bm25 = index.scores(language, question, reference);
    float top = bm25.values().stream().max(Float::compare).orElse(0f);
    // BM25 ranks by unit, looked up once per unit rather than searched for in a list. Equal scores
    // go in document order: the scores come in a hash map whose order changes from run to run (a
    // unit's hash includes its enums'), and the ranker must rank the same way on every run.
    Set<PassageUnit> candidates = new java.util.HashSet<>(units);
    Map<PassageUnit, Integer> bm25Rank = new HashMap<>();
    bm25.keySet().stream()
        .filter(candidates::contains)
        .sorted(
            Comparator.comparing((PassageUnit unit) -> bm25.get(unit))
                .reversed()
                .thenComparingInt(PassageRanker::order))
        .forEachOrdered(unit -> bm25Rank.put(unit, bm25Rank.size()));
    Map<String, Float> bestInSection = new HashMap<>();
    bm25.forEach((unit, score) -> bestInSection.merge(unit.sectionId(), score, Math::max));
    String topSection =
        sectionProbability.entrySet().stream()
            .filter(e -> !NOT_PASSAGES.contains(e.getKey()))
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse("");
    Map<String, Integer> sectionRanks = new HashMap<>();
    sectionProbability.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEachOrdered(e -> sectionRanks.put(e.getKey(), sectionRanks.size()));
    Set<String> asked = telling(terms);
    Map<PassageUnit, Double> votes = answered.votes(terms, reference, language, index);
    double topVote = votes.values().stream().max(Double::compare).orElse(0.0);
    Map<PassageUnit, Integer> voteRank = new HashMap<>();
    votes.entrySet().stream()
        .sorted(
            Map.Entry.<PassageUnit, Double>comparingByValue()
                .reversed()
                .thenComparingInt(e -> order(e.getKey())))
        .forEachOrdered(e -> voteRank.put(e.getKey(), voteRank.size()));
    Set<String> names = names(question);
    boolean asksValue = ASKS_FOR_A_VALUE.matcher(question).find();
    boolean asksHow = ASKS_HOW.matcher(question).find();

    Map<PassageUnit, double[]> out = new java.util.LinkedHashMap<>();
    for (PassageUnit unit : units) {
      double[] f = new double[FEATURES];
      f[0] = Math.log(Math.max(sectionProbability.getOrDefault(unit.sectionId(), 0.0), FLOOR));
      Float score = bm25.get(unit);
      if (score != null && top > 0) {
        f[1] = score / top;
        f[2] = 1.0 / (1 + bm25Rank.get(unit));
        f[11] = score.equals(bestInSection.get(unit.sectionId())) ? 1 : 0;
      }
      f[3] = 1.0 / (1 + unit.ordinal());
      f[4] = unit.kind() == PassageUnit.Kind.TABLE_ROW ? 1 : 0;
      f[5] = unit.kind() == PassageUnit.Kind.LIST_ITEM ? 1 : 0;
      boolean code = unit.text().contains("```");
      f[6] = code ? 1 : 0;
      f[7] = asksValue && DIGIT.matcher(unit.text()).find() ? 1 : 0;
      f[8] = asksHow && code ? 1 : 0;
      f[9] = Math.log1p(unit.text().length()) / 8;
      f[10] = unit.sectionId().equals(topSection) ? 1 : 0;
      f[12] = shared(asked, wordsOf(unit));
      f[13] =
          names.isEmpty()
              ? 0
              : names.stream().filter(n -> unit.text().contains(n)).count() / (double) names.size();
      int sectionRank = sectionRanks.getOrDefault(unit.sectionId(), -1);
      f[14] = sectionRank < 0 ? 0 : 1.0 / (1 + sectionRank);
      Double vote = votes.get(unit);
      if (vote != null) {
        f[15] = vote / topVote;
        f[16] = 1.0 / (1 + voteRank.get(unit));
      }
      out.put(unit, f);
    }
    return out;
  }
}
