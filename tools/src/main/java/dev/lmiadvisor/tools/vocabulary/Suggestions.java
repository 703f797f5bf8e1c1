package dev.lmiadvisor.tools.vocabulary;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean …?" for a mistyped word: the known words within a small edit distance of it,
 * nearest first, so that {@code "nodjs"} is answered with "did you mean nodejs?". The distance is
 * Apache Commons Text's Levenshtein distance, the one measure every suggestion of this module uses.
 */
public final class Suggestions {

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /** {@code "; did you mean a or b?"} for the candidates closest to {@code text}, or "". */
  public static String didYouMean(String text, Collection<String> candidates) {
    List<String> close = closest(text, candidates, 3);
    return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
  }

  /**
   * Up to {@code limit} candidates within a small edit distance of {@code text} (a third of its
   * length, at least 2), nearest first, ties in alphabetical order. Case does not count.
   */
  public static List<String> closest(String text, Collection<String> candidates, int limit) {
    return closest(text, candidates, limit, Math.max(2, text.length() / 3));
  }

  /**
   * Up to {@code limit} candidates at most {@code allowed} edits from {@code text}, nearest first,
   * ties in alphabetical order. Case does not count.
   */
  public static List<String> closest(
      String text, Collection<String> candidates, int limit, int allowed) {
    String wanted = text.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .map(c -> new Scored(c, distance(wanted, c.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance() <= allowed)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
        .limit(limit)
        .map(Scored::candidate)
        .toList();
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  public static int distance(String a, String b) {
    return LEVENSHTEIN.apply(a, b);
  }

  private record Scored(String candidate, int distance) {}
}
