package dev.lmiadvisor.tools.review.code.java;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import java.util.Optional;

/**
 * Parses Java with JavaParser. Reviewers often receive a snippet rather than a file, so a source
 * that is not a compilation unit is tried again as the members of a class, then as the statements
 * of a method. The wrapper is put on the first line, so line numbers still match the submitted
 * code.
 */
final class JavaSource {

  private static final String CLASS_WRAPPER = "class LmiAdvisorSnippet { ";
  private static final String METHOD_WRAPPER = "class LmiAdvisorSnippet { void snippet() { ";

  /** A parsed source, or the first problem of the as-submitted parse. */
  record Parsed(Optional<CompilationUnit> unit, String problem, int problemLine) {}

  private JavaSource() {}

  static Parsed parse(String code) {
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25));
    ParseResult<CompilationUnit> direct = parser.parse(code);
    if (direct.isSuccessful() && direct.getResult().isPresent()) {
      return new Parsed(direct.getResult(), "", 0);
    }
    for (String[] wrapper : new String[][] {{CLASS_WRAPPER, "\n}"}, {METHOD_WRAPPER, "\n} }"}}) {
      ParseResult<CompilationUnit> wrapped = parser.parse(wrapper[0] + code + wrapper[1]);
      if (wrapped.isSuccessful() && wrapped.getResult().isPresent()) {
        return new Parsed(wrapped.getResult(), "", 0);
      }
    }
    Problem first = direct.getProblems().isEmpty() ? null : direct.getProblems().getFirst();
    int line =
        first == null
            ? 1
            : first
                .getLocation()
                .flatMap(l -> l.getBegin().getRange())
                .map(r -> r.begin.line)
                .orElse(1);
    String message = first == null ? "unknown syntax error" : first.getMessage();
    return new Parsed(Optional.empty(), firstLine(message), line);
  }

  /** The problem without JavaParser's long list of expected tokens. */
  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    int expected = line.indexOf(", expected one of");
    return (expected < 0 ? line : line.substring(0, expected)).strip();
  }
}
