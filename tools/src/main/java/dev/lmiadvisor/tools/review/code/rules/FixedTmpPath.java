package dev.lmiadvisor.tools.review.code.rules;

import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
import dev.lmiadvisor.tools.review.code.handler.HandlerModel;
import dev.lmiadvisor.tools.review.code.text.SourceText;
import dev.lmiadvisor.tools.review.code.text.SourceText.Literal;
import java.util.List;

/**
 * TS-FIXED-TMP-PATH for the pattern-based runtimes: {@code /tmp} is shared by every concurrent
 * request of an execution environment (all four LMI runtime pages, as of 2026-11-21), so a file
 * name that is the same for every request is overwritten by concurrent requests.
 *
 * <p>A literal is a fixed path when it names a file under {@code /tmp/} and nothing is added to it
 * (no interpolation, no {@code +} concatenation, no {@code %} or {@code .format} formatting), or
 * when {@code "/tmp"} is joined with another plain literal ({@code join('/tmp', 'a.pdf')}).
 *
 * @param uniqueNameHint how to name a file per request in the language
 */
public record FixedTmpPath(String uniqueNameHint) implements CodeRule {

  @Override
  public void check(HandlerModel file, CodeFindings findings) {
    SourceText source = file.source();
    List<Literal> literals = source.literals();
    for (int index = 0; index < literals.size(); index++) {
      Literal literal = literals.get(index);
      if (literal.interpolated()) {
        continue;
      }
      String value = literal.value();
      String path = null;
      if (value.startsWith("/tmp/")
          && value.length() > "/tmp/".length()
          && !extended(source, literal)) {
        path = value;
      } else if ((value.equals("/tmp") || value.equals("/tmp/"))
          && source.nextCodeChar(literal.end()) == ',') {
        int after = source.skipBlanks(literal.end()) + 1;
        Literal next = source.literalAfter(after).orElse(null);
        if (next != null
            && !next.interpolated()
            && source.nextCodeChar(next.end()) == ')'
            && !next.value().isBlank()) {
          path = "/tmp/" + next.value();
        }
      }
      if (path != null) {
        findings.add(
            ThreadSafetyRule.FIXED_TMP_PATH,
            source.lineOf(literal.start()),
            "Fixed path %s: /tmp is shared by every concurrent request in the execution environment, so requests overwrite and read each other's file."
                .formatted(path),
            "Use a name unique to the request (%s) and delete the file in a finally block."
                .formatted(uniqueNameHint));
      }
    }
  }

  /** Whether something is added to the literal: concatenation or formatting. */
  private static boolean extended(SourceText source, Literal literal) {
    char before = source.previousCodeChar(literal.start());
    char after = source.nextCodeChar(literal.end());
    if (before == '+' || after == '+' || after == '%') {
      return true;
    }
    String rest = source.code().substring(source.skipBlanks(literal.end()));
    return rest.startsWith(".format") || rest.startsWith(".replace") || rest.startsWith(".concat");
  }
}
