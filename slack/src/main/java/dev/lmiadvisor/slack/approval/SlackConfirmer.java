package dev.lmiadvisor.slack.approval;

import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.slack.Requester;
import dev.lmiadvisor.slack.SlackProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks in Slack whether a command may go ahead. The tool handler calls {@link #ask} on the worker
 * thread that runs the command; that thread waits here until the requester or an approver presses
 * Approve or Deny, or the request expires. The answer names who decided, for the audit log.
 */
public final class SlackConfirmer implements Caller.Confirmer {

  private final ApprovalBoard board;
  private final ApprovalPrompt prompt;
  private final Requester requester;
  private final String command;
  private final List<String> notes = new ArrayList<>();

  /**
   * @param command what the person typed, shown above the buttons
   */
  public SlackConfirmer(
      ApprovalBoard board, ApprovalPrompt prompt, Requester requester, String command) {
    this.board = board;
    this.prompt = prompt;
    this.requester = requester;
    this.command = command;
  }

  @Override
  public boolean confirm(String question) {
    return ask(question).accepted();
  }

  @Override
  public Caller.Confirmation ask(String question) {
    ApprovalBoard.Pending pending = board.open(requester);
    String ts;
    try {
      ts = prompt.post(pending, question, command);
    } catch (SlackProblem e) {
      board.withdraw(pending);
      note("I could not post the Approve and Deny buttons: " + e.advice() + " Nothing was run.");
      return Caller.Confirmation.declined();
    }
    ApprovalBoard.Decision decision = board.await(pending);
    String outcome = outcome(decision);
    prompt.settle(pending, ts, question, command, outcome);
    note(outcome);
    return new Caller.Confirmation(decision.approved(), decision.decidedBy());
  }

  /** What happened to each request, in plain words, for the final reply. */
  public synchronized List<String> notes() {
    return List.copyOf(notes);
  }

  private synchronized void note(String note) {
    notes.add(note);
  }

  private String outcome(ApprovalBoard.Decision decision) {
    String by = "<@" + decision.decidedBy().getOrDefault("user_id", "?") + ">";
    return switch (decision.verdict()) {
      case APPROVED -> "Approved by " + by + ".";
      case DENIED -> "Denied by " + by + "; nothing was run.";
      case EXPIRED ->
          "Nobody decided within "
              + human(board.expiry())
              + "; the request expired and nothing was run.";
      case WITHDRAWN -> "The request was withdrawn before anyone decided; nothing was run.";
    };
  }

  private static String human(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds == 0) {
      return duration.toMillis() + " ms";
    }
    if (seconds >= 60 && seconds % 60 == 0) {
      long minutes = seconds / 60;
      return minutes + (minutes == 1 ? " minute" : " minutes");
    }
    return seconds + (seconds == 1 ? " second" : " seconds");
  }
}
