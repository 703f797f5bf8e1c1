package dev.lmiadvisor.server.tools.review;

import dev.lmiadvisor.tools.review.Severity;
import java.util.List;
import java.util.function.Function;

/** What the review tools share: their toolset, severity counts and the summary line. */
final class Reviews {

  static final String TOOLSET = "review";

  private Reviews() {}

  static <T> int count(List<T> findings, Function<T, Severity> severity, Severity wanted) {
    return (int) findings.stream().filter(f -> severity.apply(f) == wanted).count();
  }

  /** One finding for people: severity, rule, where, what is wrong and the fix. */
  static void finding(
      StringBuilder text,
      Severity severity,
      String ruleId,
      String where,
      String message,
      String fix) {
    text.append("\n\n")
        .append(severity.id().toUpperCase(java.util.Locale.ROOT))
        .append(' ')
        .append(ruleId)
        .append(" — ")
        .append(where)
        .append("\n  ")
        .append(message)
        .append("\n  Fix: ")
        .append(fix);
  }

  static String summary(String what, int errors, int warnings, int infos) {
    if (errors + warnings + infos == 0) {
      return "Reviewed the " + what + ": no findings.";
    }
    return "Reviewed the %s: %d error%s, %d warning%s, %d info."
        .formatted(what, errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", infos);
  }
}
