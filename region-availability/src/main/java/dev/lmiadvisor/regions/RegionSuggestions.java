package dev.lmiadvisor.regions;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the real Region codes closest to a mistyped one. Codes are short, so a plain optimal string
 * alignment distance (edits, including swapping two neighbouring characters) over the whole catalog
 * is cheap. A word of three letters or more that appears in a Region's display name (for example
 * {@code beijing}) also counts as a match.
 */
final class RegionSuggestions {

  private static final Pattern TRAILING_NUMBER = Pattern.compile("-(\\d+)$");

  private final List<RegionInfo> regions;

  RegionSuggestions(Collection<RegionInfo> regions) {
    this.regions = List.copyOf(regions);
  }

  List<String> closest(String input, int limit) {
    if (input.isEmpty() || limit <= 0) {
      return List.of();
    }
    // Beyond this many edits a "suggestion" is noise: us-east-9 is 1 edit from us-east-1,
    // cn-nort-1 is 1 from cn-north-1, us_east_1 is 2 from us-east-1.
    int tolerance = Math.max(2, input.length() / 3);
    return regions.stream()
        .map(r -> new Candidate(r.code(), score(input, r)))
        .filter(c -> c.score <= tolerance)
        .sorted(
            Comparator.comparingInt(Candidate::score)
                .thenComparing(c -> -commonPrefix(input, c.code))
                .thenComparingInt(c -> trailingNumber(c.code))
                .thenComparing(Candidate::code))
        .limit(limit)
        .map(Candidate::code)
        .toList();
  }

  private static int score(String input, RegionInfo region) {
    String word = input.replaceAll("[^a-z]", "");
    if (word.length() >= 3 && region.name().toLowerCase(Locale.ROOT).contains(word)) {
      return 0;
    }
    return distance(input, region.code());
  }

  /**
   * Among equally close codes, those that start like the input first: us-west-1 before ap-east-1.
   */
  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  /** Lower numbers first among equally close codes: us-east-1 before us-east-2. */
  private static int trailingNumber(String code) {
    Matcher m = TRAILING_NUMBER.matcher(code);
    return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private record Candidate(String code, int score) {}
}
