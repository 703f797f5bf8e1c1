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

  static String summary(String what, int errors, int warnings, int infos) {
    if (errors + warnings + infos == 0) {
      return "Reviewed the " + what + ": no findings.";
    }
    return "Reviewed the %s: %d error%s, %d warning%s, %d info."
        .formatted(what, errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", infos);
  }
}
