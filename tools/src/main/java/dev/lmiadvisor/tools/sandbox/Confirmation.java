package dev.lmiadvisor.tools.sandbox;

import java.util.Map;
import java.util.Optional;

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
   * Asks with what the sandbox knows of the call besides the question; a front-end that keeps the
   * question for later (the web console) overrides this to show and record it.
   */
  default Answer answer(String question, Asked asked) {
    return answer(question);
  }

  /**
   * What is being asked about.
   *
   * @param auditId the audit id of the call that asks
   * @param command the command as recorded, secrets masked
   */
  record Asked(String auditId, String command, String service, String operation, String region) {}

  /**
   * @param accepted true only when the person explicitly accepted
   * @param approver who answered, as the front-end identifies people; empty when unknown
   * @param pending set when nobody has answered yet and the question waits elsewhere (the web
   *     console): the command is not run, and the caller asks again with the approval's id
   * @param refusal set when the question cannot be asked at all (an unknown, used, expired or
   *     mismatched approval): the command is denied with this rule and reason
   */
  record Answer(
      boolean accepted,
      Map<String, String> approver,
      Optional<Pending> pending,
      Optional<Refusal> refusal) {
    public Answer {
      approver = Map.copyOf(approver);
      if (accepted && (pending.isPresent() || refusal.isPresent())) {
        throw new IllegalArgumentException("an accepted answer is neither pending nor refused");
      }
    }

    public Answer(boolean accepted, Map<String, String> approver) {
      this(accepted, approver, Optional.empty(), Optional.empty());
    }

    public static Answer waiting(Pending pending) {
      return new Answer(false, Map.of(), Optional.of(pending), Optional.empty());
    }

    public static Answer refused(String rule, String reason) {
      return new Answer(false, Map.of(), Optional.empty(), Optional.of(new Refusal(rule, reason)));
    }
  }

  /**
   * @param approvalId what the caller sends back ({@code approval_id}) to learn the outcome
   * @param url where a person decides
   * @param expiresAt when the request lapses undecided
   */
  record Pending(String approvalId, String url, java.time.Instant expiresAt) {}

  /** Why a confirmation could not be asked, as a rule id and a sentence for the caller. */
  record Refusal(String rule, String reason) {}
}
