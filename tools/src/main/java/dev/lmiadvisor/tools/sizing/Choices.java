package dev.lmiadvisor.tools.sizing;

import dev.lmiadvisor.errors.UserInputException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Turns a caller's word into one of a fixed set of values, or into an error that lists the values
 * and names the closest ones, so that {@code "nodjs"} is answered with "did you mean nodejs?".
 */
public final class Choices {

  private Choices() {}

  /** The value whose id equals {@code text} (case-insensitive), or an actionable error. */
  public static <E extends Enum<E>> E parse(
      String what, String text, E[] values, Function<E, String> id) {
    if (text == null || text.isBlank()) {
      throw new UserInputException(
          "'%s' is empty; use one of: %s".formatted(what, ids(values, id)));
    }
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (E value : values) {
      if (id.apply(value).equals(wanted)) {
        return value;
      }
    }
    List<String> all = Arrays.stream(values).map(id).toList();
    throw new UserInputException(
        "unknown %s '%s'%s; use one of: %s"
            .formatted(what, text.trim(), didYouMean(wanted, all), String.join(", ", all)));
  }

  /** {@code "; did you mean a or b?"} for the candidates closest to {@code text}, or "". */
  public static String didYouMean(String text, Collection<String> candidates) {
    List<String> close = closest(text, candidates, 3);
    return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
  }

  /**
   * Up to {@code limit} candidates within a small edit distance of {@code text} (a third of its
   * length, at least 2), nearest first.
   */
  public static List<String> closest(String text, Collection<String> candidates, int limit) {
    String wanted = text.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, wanted.length() / 3);
    return candidates.stream()
        .map(c -> new Scored(c, distance(wanted, c.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance() <= allowed)
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
        .limit(limit)
        .map(Scored::candidate)
        .collect(Collectors.toList());
  }

  private record Scored(String candidate, int distance) {}

  /** Levenshtein distance (Apache Commons Text). */
  public static int distance(String a, String b) {
    return LEVENSHTEIN.apply(a, b);
  }

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private static <E> String ids(E[] values, Function<E, String> id) {
    return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
  }
}
