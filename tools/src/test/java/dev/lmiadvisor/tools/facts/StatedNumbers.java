package dev.lmiadvisor.tools.facts;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a reference section states in its prose and tables, the ones a reader takes as facts.
 * Not counted: fenced code (examples to copy), inline code (identifiers and sample values), link
 * texts and targets (source titles and URLs), dates, ordered-list markers, and digits that are part
 * of a name ({@code m7g}, {@code F4}, {@code us-east-1}, {@code 3.23.0} as a version is kept
 * whole). Scale words are applied, so "50M", "4.9 billion" and "5000 万" are the numbers they mean.
 */
final class StatedNumbers {

  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*\\d+\\.\\s");
  private static final Pattern VERSION =
      Pattern.compile("(?<![A-Za-z0-9_.])\\d+\\.\\d+\\.\\d+(?:\\.\\d+)*");

  /**
   * A number not glued to a name: not after a letter, '_', '.', '/', ':' or "letter-"; not before a
   * letter or digit unless it is a scale suffix (M, B, K). An optional "$" and thousands commas.
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![A-Za-z0-9_./:])(?<![A-Za-z]-)\\$?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
              + "(?![.,]\\d)([MBK](?![A-Za-z0-9_])|(?![A-Za-z0-9_]))"
              + "(\\s?(?:million|billion|万|亿))?");

  private StatedNumbers() {}

  /** Every number stated in the Markdown of one section, in canonical form ("2048", "0.2"). */
  static Set<String> in(String sectionMarkdown) {
    Set<String> numbers = new LinkedHashSet<>();
    boolean fenced = false;
    for (String line : sectionMarkdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced || line.startsWith("#")) {
        continue;
      }
      String prose = LINK.matcher(line).replaceAll(" ");
      prose = INLINE_CODE.matcher(prose).replaceAll(" ");
      prose = URL.matcher(prose).replaceAll(" ");
      prose = DATE.matcher(prose).replaceAll(" ");
      prose = LIST_MARKER.matcher(prose).replaceFirst(" ");
      Matcher version = VERSION.matcher(prose);
      while (version.find()) {
        numbers.add(version.group());
      }
      prose = version.replaceAll(" ");
      Matcher m = NUMBER.matcher(prose);
      while (m.find()) {
        numbers.add(canonical(m.group(1), m.group(2), m.group(3), m.group(4)));
      }
    }
    return numbers;
  }

  static String canonical(String whole, String fraction, String suffix, String word) {
    BigDecimal value = new BigDecimal(whole.replace(",", "") + (fraction == null ? "" : fraction));
    String scale = (suffix == null ? "" : suffix) + (word == null ? "" : word.strip());
    value =
        switch (scale) {
          case "K" -> value.movePointRight(3);
          case "M", "million" -> value.movePointRight(6);
          case "B", "billion" -> value.movePointRight(9);
          case "万" -> value.movePointRight(4);
          case "亿" -> value.movePointRight(8);
          default -> value;
        };
    return value.stripTrailingZeros().toPlainString();
  }
}
