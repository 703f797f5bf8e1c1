package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.passage.PassageUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Which passage units answer a bank question: those of its labelled section that carry its short
 * answer, when it has one and the section says it; otherwise every unit of the labelled section.
 */
public final class AnswerMatch {

  private AnswerMatch() {}

  public static List<PassageUnit> answering(BankQuestion q, Collection<PassageUnit> units) {
    List<PassageUnit> inSection =
        units.stream().filter(u -> u.sectionId().equals(q.section())).toList();
    if (q.answer() != null && !q.answer().isBlank()) {
      List<PassageUnit> carrying = inSection.stream().filter(u -> carries(u, q.answer())).toList();
      if (!carrying.isEmpty()) {
        return carrying;
      }
    }
    return inSection;
  }

  /** Whether a unit states the answer, ignoring case, spacing, thousands separators and markup. */
  public static boolean carries(PassageUnit unit, String answer) {
    String wanted = plain(answer);
    return !wanted.isEmpty() && plain(unit.text()).contains(wanted);
  }

  static String plain(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[\\s,*`'\"“”]+", "");
  }
}
