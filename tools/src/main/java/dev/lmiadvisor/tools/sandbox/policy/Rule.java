package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.Decision;
import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A built-in rule as data: an id, the decision it gives, and a check that returns the reason when
 * the rule applies to a command.
 */
record Rule(
    String id, Decision decision, BiFunction<ParsedCommand, PolicyContext, Optional<String>> check)
    implements PolicyRule {

  static Rule deny(String id, BiFunction<ParsedCommand, PolicyContext, Optional<String>> check) {
    return new Rule(id, Decision.DENIED, check);
  }

  static Rule confirm(String id, BiFunction<ParsedCommand, PolicyContext, Optional<String>> check) {
    return new Rule(id, Decision.REQUIRES_CONFIRMATION, check);
  }

  @Override
  public Optional<Verdict> evaluate(ParsedCommand command, PolicyContext context) {
    return check.apply(command, context).map(reason -> new Verdict(decision, id, reason, false));
  }
}
