package dev.lmiadvisor.tools.review.code.rules;

import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
import dev.lmiadvisor.tools.review.code.handler.HandlerModel;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Code that is a hazard wherever it runs, such as reading the trace id from the environment or
 * registering a SIGTERM handler; optionally only when the call's argument is a given string literal
 * ({@code process.on('SIGTERM')}, {@code GetEnvironmentVariable("_X_AMZN_TRACE_ID")}).
 *
 * @param argument the literal that must follow the match, or empty for any match
 */
public record MatchAnywhere(
    ThreadSafetyRule rule, Pattern pattern, Optional<String> argument, String message, String fix)
    implements CodeRule {

  public static MatchAnywhere of(
      ThreadSafetyRule rule, Pattern pattern, String message, String fix) {
    return new MatchAnywhere(rule, pattern, Optional.empty(), message, fix);
  }

  /** Only where the match is followed by the string literal {@code argument}. */
  public static MatchAnywhere withArgument(
      ThreadSafetyRule rule, Pattern call, String argument, String message, String fix) {
    return new MatchAnywhere(rule, call, Optional.of(argument), message, fix);
  }

  @Override
  public void check(HandlerModel file, CodeFindings findings) {
    file.matches(pattern)
        .filter(
            m ->
                argument.isEmpty()
                    || file.source()
                        .literalAfter(m.end())
                        .filter(literal -> literal.value().equals(argument.get()))
                        .isPresent())
        .forEach(m -> findings.add(rule, file.line(m.start()), message, fix));
  }
}
