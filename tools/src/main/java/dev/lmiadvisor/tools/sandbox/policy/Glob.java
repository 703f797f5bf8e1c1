package dev.lmiadvisor.tools.sandbox.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code *} and {@code ?} wildcard pattern, as IAM actions and operator rules write them, matched
 * without a regular expression.
 *
 * <p>Why not a regex: {@code a*a*a*a*b} compiled to {@code a.*a.*a.*a.*b} backtracks exponentially
 * on a long run of {@code a}. Here the pattern is cut at its stars into literal segments (which may
 * hold {@code ?}); the first must match at the start, the last at the end, and each one between at
 * its leftmost place after the previous one. Leftmost placement is always safe for a star pattern,
 * so nothing is ever retried: a match costs at most text length × pattern length steps, and the
 * pattern length is bounded by {@link #MAX_LENGTH}.
 */
public final class Glob {

  /** Longer patterns are refused: no rule needs them, and they bound the cost of a match. */
  public static final int MAX_LENGTH = 256;

  private final String pattern;
  private final boolean ignoreCase;
  private final String first;
  private final String last;
  private final List<String> middle;
  private final boolean hasStar;

  private Glob(String pattern, boolean ignoreCase) {
    this.pattern = pattern;
    this.ignoreCase = ignoreCase;
    String p = ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
    List<String> segments = new ArrayList<>(List.of(p.split("\\*", -1)));
    this.hasStar = segments.size() > 1;
    this.first = segments.getFirst();
    this.last = hasStar ? segments.getLast() : "";
    this.middle = hasStar ? List.copyOf(segments.subList(1, segments.size() - 1)) : List.of();
  }

  /**
   * @throws IllegalArgumentException when the pattern is longer than {@link #MAX_LENGTH}
   */
  public static Glob of(String pattern, boolean ignoreCase) {
    if (pattern.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a pattern has %d characters; the limit is %d".formatted(pattern.length(), MAX_LENGTH));
    }
    return new Glob(pattern, ignoreCase);
  }

  public String pattern() {
    return pattern;
  }

  /** True when the pattern has no wildcard at all. */
  public boolean isLiteral() {
    return !hasStar && first.indexOf('?') < 0;
  }

  public boolean matches(String text) {
    String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
    if (!hasStar) {
      return t.length() == first.length() && regionMatches(t, 0, first);
    }
    if (t.length() < first.length() + last.length()
        || !regionMatches(t, 0, first)
        || !regionMatches(t, t.length() - last.length(), last)) {
      return false;
    }
    int from = first.length();
    int end = t.length() - last.length();
    for (String segment : middle) {
      int at = indexOf(t, segment, from, end);
      if (at < 0) {
        return false;
      }
      from = at + segment.length();
    }
    return true;
  }

  /** The leftmost place of {@code segment} in {@code t[from, end)}, {@code ?} matching any char. */
  private static int indexOf(String t, String segment, int from, int end) {
    for (int i = from; i + segment.length() <= end; i++) {
      if (regionMatches(t, i, segment)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean regionMatches(String t, int at, String segment) {
    for (int k = 0; k < segment.length(); k++) {
      char c = segment.charAt(k);
      if (c != '?' && c != t.charAt(at + k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
