package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.passage.PassageUnit;
import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which passage units answer a bank question: those of its labelled section that carry its short
 * answer, when it has one and the section says it; otherwise the section's units that share most of
 * the question's words.
 */
public final class AnswerMatch {

  private AnswerMatch() {}

  public static List<PassageUnit> answering(BankQuestion q, Collection<PassageUnit> units) {
    List<PassageUnit> inSection =
        units.stream().filter(u -> u.sectionId().equals(q.section())).toList();
    if (inSection.isEmpty()) {
      return List.of();
    }
    if (q.answer() != null && !q.answer().isBlank()) {
      List<PassageUnit> carrying = inSection.stream().filter(u -> carries(u, q.answer())).toList();
      if (!carrying.isEmpty()) {
        return carrying;
      }
    }
    // Without a stated answer, the units of the section that share most of the question's telling
    // words; the section's first unit when none shares any.
    Set<String> asked = telling(q.question() + " " + (q.answer() == null ? "" : q.answer()));
    long best = 0;
    List<PassageUnit> out = new java.util.ArrayList<>();
    for (PassageUnit unit : inSection) {
      Set<String> has = telling(unit.heading() + " " + unit.text());
      long shared = asked.stream().filter(has::contains).count();
      if (shared > best) {
        best = shared;
        out.clear();
      }
      if (shared == best && shared > 0 && out.size() < 2) {
        out.add(unit);
      }
    }
    return out.isEmpty() ? List.of(inSection.get(0)) : out;
  }

  /** Whether a unit states the answer. */
  public static boolean carries(PassageUnit unit, String answer) {
    return states(unit.text(), answer);
  }

  /**
   * Whether a text states a short answer: at least three quarters of the answer's telling words
   * (numbers, identifiers, longer words, Chinese character pairs) occur in it, ignoring case,
   * diacritics, thousands separators and markup. Writers word an answer their own way ("2 GB",
   * "2,048 MB"); an exact string match would miss most.
   */
  public static boolean states(String text, String answer) {
    Set<String> wanted = telling(answer);
    if (wanted.isEmpty()) {
      return false;
    }
    Set<String> have = telling(text);
    long found = wanted.stream().filter(have::contains).count();
    return found * 4 >= wanted.size() * 3;
  }

  static Set<String> telling(String text) {
    Set<String> out = new HashSet<>();
    String plain = text.replaceAll("(?<=\\d),(?=\\d{3})", "");
    for (QuestionFeatures.Term term : QuestionFeatures.terms(plain)) {
      String word = term.shown();
      boolean number = !word.isEmpty() && Character.isDigit(word.charAt(0));
      if (number || word.length() > 3 || term.feature().startsWith("b|")) {
        out.add(word);
      }
    }
    return out;
  }

  static String plain(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[\\s,*`'\"“”]+", "");
  }
}
