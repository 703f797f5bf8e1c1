package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import java.util.Optional;

/** One built-in rule: looks at a parsed command and, when it applies, gives a verdict. */
public interface PolicyRule {

  /** The stable rule id shown to clients and written to the audit log. */
  String id();

  Optional<Verdict> evaluate(ParsedCommand command, PolicyContext context);
}
