package dev.lmiadvisor.slack.approval;

import dev.lmiadvisor.slack.Requester;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The open Approve/Deny requests. A request is decided exactly once: whoever removes it from the
 * board (a permitted click, or the expiry) decides it, so a double click, a click after the expiry
 * or a click racing the expiry cannot run a command twice or after it was refused.
 */
public final class ApprovalBoard {

  /** How a request ended. */
  public enum Verdict {
    APPROVED,
    DENIED,
    EXPIRED,
    /** The prompt could not be shown, or the bot is stopping. */
    WITHDRAWN
  }

  /**
   * @param decidedBy the Slack ids of whoever pressed the button; empty when nobody did
   */
  public record Decision(Verdict verdict, Map<String, String> decidedBy) {
    public Decision {
      decidedBy = Map.copyOf(decidedBy);
    }

    public boolean approved() {
      return verdict == Verdict.APPROVED;
    }
  }

  /** What a click did. */
  public enum Click {
    DECIDED,
    /** Pressed by someone who is neither the requester nor an approver; the request stays open. */
    NOT_PERMITTED,
    /** Already decided or expired; nothing happens. */
    ALREADY_DECIDED
  }

  /** One open request. */
  public record Pending(
      String id, Requester requester, Instant expiresAt, CompletableFuture<Decision> decision) {}

  private final ConcurrentMap<String, Pending> open = new ConcurrentHashMap<>();
  private final Set<String> approvers;
  private final Duration expiry;

  /**
   * @param approvers Slack user ids who may decide anyone's request
   * @param expiry how long a request waits for a click
   */
  public ApprovalBoard(Set<String> approvers, Duration expiry) {
    if (expiry.isNegative() || expiry.isZero()) {
      throw new IllegalArgumentException("the approval expiry must be positive");
    }
    this.approvers = Set.copyOf(approvers);
    this.expiry = expiry;
  }

  public Duration expiry() {
    return expiry;
  }

  public Pending open(Requester requester) {
    Pending pending =
        new Pending(
            UUID.randomUUID().toString(),
            requester,
            Instant.now().plus(expiry),
            new CompletableFuture<>());
    open.put(pending.id(), pending);
    return pending;
  }

  public Click click(String id, Requester presser, boolean approve) {
    Pending pending = id == null ? null : open.get(id);
    if (pending == null) {
      return Click.ALREADY_DECIDED;
    }
    if (!mayDecide(pending.requester(), presser)) {
      return Click.NOT_PERMITTED;
    }
    if (!open.remove(id, pending)) {
      return Click.ALREADY_DECIDED;
    }
    pending
        .decision()
        .complete(new Decision(approve ? Verdict.APPROVED : Verdict.DENIED, presser.identity()));
    return Click.DECIDED;
  }

  private boolean mayDecide(Requester requester, Requester presser) {
    return requester.samePersonAs(presser) || approvers.contains(presser.userId());
  }

  /** Blocks the calling thread until a permitted click or the expiry decides the request. */
  public Decision await(Pending pending) {
    try {
      return pending.decision().get(expiry.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return end(pending, Verdict.EXPIRED);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return end(pending, Verdict.WITHDRAWN);
    } catch (ExecutionException e) {
      return end(pending, Verdict.WITHDRAWN);
    }
  }

  /** Ends a request nobody decided (its prompt could not be posted). */
  public Decision withdraw(Pending pending) {
    return end(pending, Verdict.WITHDRAWN);
  }

  /** Refuses every open request, for a clean stop: a waiting command must not run later. */
  public void withdrawAll() {
    open.values().forEach(this::withdraw);
  }

  /** Ends the request unless a click got there first, in which case the click's decision holds. */
  private Decision end(Pending pending, Verdict verdict) {
    if (open.remove(pending.id(), pending)) {
      pending.decision().complete(new Decision(verdict, Map.of()));
    }
    return pending.decision().join();
  }
}
