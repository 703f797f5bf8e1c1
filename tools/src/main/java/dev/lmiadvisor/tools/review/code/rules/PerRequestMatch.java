package dev.lmiadvisor.tools.review.code.rules;

import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
import dev.lmiadvisor.tools.review.code.handler.HandlerModel;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The shape most hazards share: code that is a problem when it runs for every request (a client
 * created, the environment written, a line printed without the request id) and harmless, or worth a
 * note, when it runs once at init.
 *
 * @param perRequest the severity when it runs per request
 * @param message what is wrong, from the match (which names the call)
 * @param atInit the note when it runs at init, reported as info; empty to say nothing
 */
public record PerRequestMatch(
    ThreadSafetyRule rule,
    Pattern pattern,
    Severity perRequest,
    Function<MatchResult, String> message,
    String fix,
    Optional<String> atInit)
    implements CodeRule {

  /** Reported at the rule's severity when it runs per request, not at all at init. */
  public static PerRequestMatch of(
      ThreadSafetyRule rule, Pattern pattern, Function<MatchResult, String> message, String fix) {
    return new PerRequestMatch(rule, pattern, rule.severity(), message, fix, Optional.empty());
  }

  /** {@link #of} with a message that does not depend on the match. */
  public static PerRequestMatch of(
      ThreadSafetyRule rule, Pattern pattern, String message, String fix) {
    return of(rule, pattern, m -> message, fix);
  }

  /** Reported at {@code perRequest} when it runs per request, as info when it runs at init. */
  public static PerRequestMatch orNotedAtInit(
      ThreadSafetyRule rule,
      Pattern pattern,
      Severity perRequest,
      String message,
      String atInit,
      String fix) {
    return new PerRequestMatch(rule, pattern, perRequest, m -> message, fix, Optional.of(atInit));
  }

  @Override
  public void check(HandlerModel file, CodeFindings findings) {
    file.matches(pattern)
        .forEach(
            m -> {
              int line = file.line(m.start());
              if (file.runsPerRequest(m.start())) {
                findings.add(rule, perRequest, line, message.apply(m), fix);
              } else {
                atInit.ifPresent(note -> findings.add(rule, Severity.INFO, line, note, fix));
              }
            });
  }
}
