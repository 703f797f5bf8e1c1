package dev.lmiadvisor.tools.sandbox;

import java.util.List;

/**
 * A stage of the pipeline refused the command. Carries the stable rule id, a reason that says what
 * to change, and, for misspelt names, the closest valid ones.
 */
public final class CommandDenied extends RuntimeException {

  private final String rule;
  private final List<String> suggestions;

  public CommandDenied(String rule, String reason) {
    this(rule, reason, List.of());
  }

  public CommandDenied(String rule, String reason, List<String> suggestions) {
    super(reason, null, false, false);
    this.rule = rule;
    this.suggestions = List.copyOf(suggestions);
  }

  public String rule() {
    return rule;
  }

  public String reason() {
    return getMessage();
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
