package dev.lmiadvisor.server.approvals;

import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import dev.lmiadvisor.tools.sandbox.Confirmation;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The web console's approval requests ({@code LMI_ADVISOR_WEB_APPROVALS=true}): a {@code
 * run_aws_cli} change from an HTTP client that cannot ask a person (no MCP elicitation) waits here
 * instead of being denied. The rules are Slack's:
 *
 * <ul>
 *   <li><b>who</b>: a person signed in to the console decides; the console's sign-in is the
 *       server's bearer token, which is also what the requesting client holds, so the person who
 *       may decide is the one who may send the request;
 *   <li><b>expiry</b>: a request lapses undecided after the expiry, and an approval must be used
 *       within the same time after it was given;
 *   <li><b>one decision</b>: the first approve or deny wins; a second click, a click racing the
 *       expiry and a second retry change nothing, and an approved command runs once.
 * </ul>
 *
 * Every step is in the audit log: the call that asked (decision {@code pending_approval}), the
 * decision with who made it, a lapse, and the retry's own outcome. Requests live in memory: a
 * restart forgets them, and a client then asks again.
 */
public final class WebApprovals {

  public static final String RULE_UNKNOWN = "approval-unknown";
  public static final String RULE_MISMATCH = "approval-mismatch";
  public static final String RULE_EXPIRED = "approval-expired";
  public static final String RULE_USED = "approval-used";

  /** Where a request stands. */
  public enum State {
    PENDING,
    APPROVED,
    DENIED,
    EXPIRED,
    /** Approved, and the approved command has been run (or attempted) once. */
    USED
  }

  /**
   * One request.
   *
   * @param question what the person is asked: the command and exactly what will be sent
   * @param requester the client that asked
   * @param decidedBy who decided, as the console identifies people; empty while pending
   */
  public record Request(
      String id,
      Confirmation.Asked asked,
      String question,
      ClientIdentity requester,
      Instant createdAt,
      Instant expiresAt,
      State state,
      Map<String, String> decidedBy,
      Instant decidedAt) {

    public Request {
      decidedBy = Map.copyOf(decidedBy);
    }

    Request with(State next, Map<String, String> by, Instant at) {
      return new Request(id, asked, question, requester, createdAt, expiresAt, next, by, at);
    }

    public boolean pending() {
      return state == State.PENDING;
    }
  }

  /** What a person's click did. */
  public enum Outcome {
    DECIDED,
    /** Already decided, lapsed or unknown: nothing changed. */
    ALREADY_DECIDED,
    EXPIRED
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ConcurrentMap<String, Request> requests = new ConcurrentHashMap<>();
  private final Supplier<SandboxService> sandbox;
  private final Duration expiry;
  private final Clock clock;
  private volatile String consoleUrl = "http://127.0.0.1/";

  public WebApprovals(Supplier<SandboxService> sandbox, Duration expiry, Clock clock) {
    if (expiry.isNegative() || expiry.isZero()) {
      throw new IllegalArgumentException("the approval expiry must be positive");
    }
    this.sandbox = sandbox;
    this.expiry = expiry;
    this.clock = clock;
  }

  public Duration expiry() {
    return expiry;
  }

  /** The console's address as clients should be told it, ending in {@code /}. */
  public void consoleUrl(String url) {
    this.consoleUrl = url.endsWith("/") ? url : url + "/";
  }

  public String url(String id) {
    return consoleUrl + "approvals/" + id;
  }

  /** Every request, newest first, with lapsed ones marked (and audited) as expired. */
  public List<Request> all() {
    requests.values().forEach(this::expireIfDue);
    return requests.values().stream()
        .sorted(Comparator.comparing(Request::createdAt).reversed())
        .toList();
  }

  public Optional<Request> get(String id) {
    Request request = id == null ? null : requests.get(id);
    if (request == null) {
      return Optional.empty();
    }
    expireIfDue(request);
    return Optional.ofNullable(requests.get(id));
  }

  /**
   * How run_aws_cli asks, for a caller that cannot: a new request, or with {@code approvalId} the
   * decision on an earlier one.
   */
  public Confirmation confirmation(ClientIdentity requester, Optional<String> approvalId) {
    return new Confirmation() {
      @Override
      public boolean confirm(String question) {
        throw new UnsupportedOperationException("the web console answers with what is asked");
      }

      @Override
      public Answer answer(String question, Asked asked) {
        return approvalId.isPresent()
            ? retry(approvalId.get(), question)
            : open(question, asked, requester);
      }
    };
  }

  private Confirmation.Answer open(
      String question, Confirmation.Asked asked, ClientIdentity requester) {
    Instant now = clock.instant();
    byte[] id = new byte[16];
    RANDOM.nextBytes(id);
    Request request =
        new Request(
            HexFormat.of().formatHex(id),
            asked,
            question,
            requester,
            now,
            now.plus(expiry),
            State.PENDING,
            Map.of(),
            null);
    requests.put(request.id(), request);
    return pending(request);
  }

  private Confirmation.Answer pending(Request request) {
    return Confirmation.Answer.waiting(
        new Confirmation.Pending(request.id(), url(request.id()), request.expiresAt()));
  }

  /** The retry with approval_id: the decision, once. */
  private Confirmation.Answer retry(String id, String question) {
    Optional<Request> found = get(id);
    if (found.isEmpty()) {
      return Confirmation.Answer.refused(
          RULE_UNKNOWN,
          "there is no approval request "
              + id
              + " on this server (requests do not survive a restart); call run_aws_cli without"
              + " approval_id to ask again");
    }
    Request request = found.get();
    if (!request.question().equals(question)) {
      return Confirmation.Answer.refused(
          RULE_MISMATCH,
          "approval "
              + id
              + " was given for a different command or request; send exactly the command that was"
              + " approved, or call without approval_id to ask for this one");
    }
    return switch (request.state()) {
      case PENDING -> pending(request);
      case EXPIRED ->
          Confirmation.Answer.refused(
              RULE_EXPIRED,
              "approval request "
                  + id
                  + " lapsed undecided; call without approval_id to ask again");
      case DENIED -> new Confirmation.Answer(false, request.decidedBy());
      case USED ->
          Confirmation.Answer.refused(
              RULE_USED, "approval " + id + " was already used; an approved command runs once");
      case APPROVED -> use(request);
    };
  }

  private Confirmation.Answer use(Request request) {
    Instant now = clock.instant();
    if (now.isAfter(request.decidedAt().plus(expiry))) {
      return Confirmation.Answer.refused(
          RULE_EXPIRED,
          "approval "
              + request.id()
              + " was given at "
              + request.decidedAt()
              + " and was not used within "
              + expiry
              + "; call without approval_id to ask again");
    }
    if (!requests.replace(
        request.id(),
        request,
        request.with(State.USED, request.decidedBy(), request.decidedAt()))) {
      return Confirmation.Answer.refused(
          RULE_USED,
          "approval " + request.id() + " was already used; an approved command runs once");
    }
    return new Confirmation.Answer(true, request.decidedBy());
  }

  /**
   * A person's approve or deny. The first decision wins; it is written to the audit log with who
   * made it before this returns.
   *
   * @param person who clicked, as the console knows them
   */
  public Outcome decide(String id, boolean approve, Map<String, String> person) {
    Optional<Request> found = get(id);
    if (found.isEmpty()) {
      return Outcome.ALREADY_DECIDED;
    }
    Request request = found.get();
    if (request.state() == State.EXPIRED) {
      return Outcome.EXPIRED;
    }
    if (!request.pending()) {
      return Outcome.ALREADY_DECIDED;
    }
    Request decided =
        request.with(approve ? State.APPROVED : State.DENIED, person, clock.instant());
    if (!requests.replace(id, request, decided)) {
      return get(id)
          .map(r -> r.state() == State.EXPIRED ? Outcome.EXPIRED : Outcome.ALREADY_DECIDED)
          .orElse(Outcome.ALREADY_DECIDED);
    }
    record(
        decided,
        "approval_decided",
        approve ? "accepted" : "declined",
        person,
        (approve ? "approved" : "denied")
            + " in the web console; the client gets the outcome by calling run_aws_cli again with approval_id "
            + id);
    return Outcome.DECIDED;
  }

  private void expireIfDue(Request request) {
    if (request.pending() && clock.instant().isAfter(request.expiresAt())) {
      Request lapsed = request.with(State.EXPIRED, Map.of(), null);
      if (requests.replace(request.id(), request, lapsed)) {
        record(
            lapsed,
            "approval_expired",
            "expired",
            Map.of(),
            "nobody approved or denied it within " + expiry);
      }
    }
  }

  private void record(
      Request request, String type, String confirmation, Map<String, String> by, String reason) {
    Confirmation.Asked asked = request.asked();
    sandbox
        .get()
        .recordApproval(
            asked.auditId(),
            type,
            asked.command(),
            asked.service(),
            asked.operation(),
            asked.region(),
            confirmation,
            by,
            request.requester(),
            reason);
  }
}
