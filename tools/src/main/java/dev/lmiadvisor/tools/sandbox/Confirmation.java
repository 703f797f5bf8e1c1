package dev.lmiadvisor.tools.sandbox;

/** Asks the person behind a client whether to run a command (MCP elicitation, a Slack button). */
@FunctionalInterface
public interface Confirmation {

  /**
   * @return true only when the person explicitly accepted
   */
  boolean confirm(String question);
}
