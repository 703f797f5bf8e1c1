package dev.lmiadvisor.knowledge;

import dev.lmiadvisor.knowledge.passage.PassageUnit;
import dev.lmiadvisor.knowledge.passage.UnitIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short {@code sources} and {@code corrections} fields of an answer. The bibliography and the
 * corrections sections are never passages: they come back only when the question asks where a fact
 * comes from, or checks a claim that a correction addresses.
 */
final class ReferenceNotes {

  private static final Pattern ASKS_FOR_SOURCES =
      Pattern.compile(
          "(?iu)\\b(?:sources?|cite|citations?|references? (?:link|page)|links?|docs? page"
              + "|documentation|where (?:does|do|did) .{0,40}come from|official)\\b|来源|出处|依据"
              + "|文档链接|官方文档|ngu[oồ]n|t[aà]i li[eệ]u (?:tham kh[aả]o|ch[ií]nh th[uứ]c)");

  private static final Pattern CHECKS_A_CLAIM =
      Pattern.compile(
          "(?iu)\\b(?:is it true|true that|still|outdated|out of date|wrong|myth|correct that|"
              + "i (?:read|heard|saw)|blog (?:says|said)|someone said|accurate|really)\\b|对吗|是真的"
              + "|是否正确|听说|过时|说法|có đúng|co dung|nghe nói|nghe noi|có thật|co that");

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)");

  /** How many sources and corrections to list, at most. */
  private static final int LIMIT = 5;

  private ReferenceNotes() {}

  static List<String> sources(String question, Reference reference, List<Passage> passages) {
    if (!ASKS_FOR_SOURCES.matcher(question).find()) {
      return List.of();
    }
    Set<String> found = new LinkedHashSet<>();
    for (Passage passage : passages) {
      found.addAll(links(passage.text()));
    }
    if (found.isEmpty()) {
      reference.section("sources").ifPresent(s -> found.addAll(links(s.text())));
    }
    return found.stream().limit(LIMIT).toList();
  }

  private static List<String> links(String markdown) {
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(markdown);
    while (m.find()) {
      links.add(m.group(1) + " — " + m.group(2));
    }
    return links;
  }

  static List<String> corrections(
      String question, Language language, ReferenceId reference, UnitIndex index) {
    if (!CHECKS_A_CLAIM.matcher(question).find()) {
      return List.of();
    }
    Map<PassageUnit, Float> scores = index.scores(language, question, reference);
    return scores.entrySet().stream()
        .filter(e -> e.getKey().sectionId().equals("corrections"))
        .sorted(Map.Entry.<PassageUnit, Float>comparingByValue(Comparator.reverseOrder()))
        .limit(2)
        .map(e -> e.getKey().text())
        .toList();
  }
}
