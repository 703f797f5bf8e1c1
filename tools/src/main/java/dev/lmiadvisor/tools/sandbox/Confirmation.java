package dev.lmiadvisor.tools.sandbox;

import java.util.Map;

/** Asks the person behind a client whether to run a command (MCP elicitation, a Slack button). */
@FunctionalInterface
public interface Confirmation {

  /**
   * @return true only when the person explicitly accepted
   */
  boolean confirm(String question);

  /**
   * Asks, and says who answered. A front-end where someone other than the requester may approve
   * (Slack's approvers list) overrides this so that the audit log names the approver.
   */
  default Answer answer(String question) {
    return new Answer(confirm(question), Map.of());
  }

  /**
   * @param accepted true only when the person explicitly accepted
   * @param approver who answered, as the front-end identifies people; empty when unknown
   */
  record Answer(boolean accepted, Map<String, String> approver) {
    public Answer {
      approver = Map.copyOf(approver);
    }
  }
}
