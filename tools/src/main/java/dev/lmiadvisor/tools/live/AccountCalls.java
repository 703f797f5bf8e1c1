package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.tools.audit.AuditEvent;
import dev.lmiadvisor.tools.audit.AuditLog;
import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The AWS calls of one live-account tool call: each one checked against the budget (a number of
 * calls and a deadline), sent through the SDK, classified (answered, refused with the IAM action to
 * grant, not found, throttled, failed) and written to the audit log, in the same chain as the
 * sandbox's, before its result is used. A record that cannot be written fails the tool call:
 * nothing is reported that is not on record.
 *
 * <p>Only the operations of {@link AwsOperation} can be called, all of them reads.
 */
public final class AccountCalls {

  /** The audit record's {@code type} written once before the first call of a tool call. */
  public static final String TYPE_STARTED = "live_started";

  /** The audit record's {@code type} of one AWS call. */
  public static final String TYPE_CALL = "live_call";

  /** The audit record's {@code rule}: the live-account tools only read. */
  public static final String RULE = "live-read-only";

  private static final Set<String> ACCESS_DENIED =
      Set.of(
          "AccessDenied",
          "AccessDeniedException",
          "UnauthorizedOperation",
          "UnauthorizedAccess",
          "AuthorizationError");

  private static final Set<String> CREDENTIALS_REJECTED =
      Set.of(
          "InvalidClientTokenId",
          "UnrecognizedClientException",
          "SignatureDoesNotMatch",
          "InvalidSignatureException",
          "ExpiredToken",
          "ExpiredTokenException",
          "AuthFailure",
          "InvalidAccessKeyId");

  private static final Set<String> NOT_FOUND =
      Set.of("ResourceNotFoundException", "NoSuchEntity", "NoSuchEntityException");

  private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b");

  private final String tool;
  private final String region;
  private final ClientIdentity client;
  private final LiveSettings settings;
  private final AuditLog audit;
  private final String attemptId = UUID.randomUUID().toString();
  private final long deadlineNanos;
  private final List<CallRecord> records = new ArrayList<>();
  private Optional<String> rejectedCredentials = Optional.empty();
  private int sent;

  private AccountCalls(
      String tool, String region, ClientIdentity client, LiveSettings settings, AuditLog audit) {
    this.tool = tool;
    this.region = region;
    this.client = client;
    this.settings = settings;
    this.audit = audit;
    this.deadlineNanos = System.nanoTime() + settings.deadline().toNanos();
  }

  /**
   * Checks that credentials resolve, then records the start of the tool call.
   *
   * @param arguments what the tool was asked, for the audit record
   * @throws dev.lmiadvisor.errors.UserInputException naming the credential chain when no
   *     credentials resolve
   */
  public static Started start(
      String tool,
      String arguments,
      String region,
      ClientIdentity client,
      LiveSettings settings,
      AuditLog audit) {
    AccountCalls calls = new AccountCalls(tool, region, client, settings, audit);
    AwsCredentialsProvider credentials;
    try {
      credentials = settings.credentials().get();
      credentials.resolveCredentials();
    } catch (SdkException | IllegalStateException e) {
      calls.write(
          TYPE_STARTED,
          tool + " " + arguments,
          null,
          null,
          "denied",
          "no AWS credentials; nothing was sent",
          0);
      throw LiveErrors.noCredentials(tool, settings.profile());
    }
    calls.write(TYPE_STARTED, tool + " " + arguments, null, null, "started", null, 0);
    return new Started(calls, credentials);
  }

  /** A tool call that may read: its calls and the credentials they use. */
  public record Started(AccountCalls calls, AwsCredentialsProvider credentials) {}

  /**
   * Sends one request, unless the budget is used up or AWS already rejected the credentials.
   *
   * @param target what the call is about, for the report (a provider, a function, a VPC)
   */
  public <Q extends AwsRequest, T> CallResult<T> call(
      AwsOperation operation, String target, Q request, Function<Q, T> send) {
    Optional<String> skip = budgetExhausted();
    if (skip.isPresent()) {
      CallRecord record =
          new CallRecord(
              operation.service(),
              operation.operation(),
              target,
              CallOutcome.SKIPPED,
              operation.iamAction(),
              skip,
              0);
      records.add(record);
      return new CallResult.Unanswered<>(record);
    }
    sent++;
    long started = System.nanoTime();
    CallResult<T> result;
    try {
      T response = send.apply(request);
      result =
          new CallResult.Answered<>(
              response, record(operation, target, CallOutcome.OK, null, started));
    } catch (AwsServiceException e) {
      result = new CallResult.Unanswered<>(refused(operation, target, e, started));
    } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
      result =
          new CallResult.Unanswered<>(
              record(
                  operation,
                  target,
                  CallOutcome.FAILED,
                  "no answer within "
                      + settings.callTimeout().toSeconds()
                      + " s (LMI_ADVISOR_LIVE_CALL_TIMEOUT_SECONDS)",
                  started));
    } catch (SdkException e) {
      result =
          new CallResult.Unanswered<>(
              record(operation, target, CallOutcome.FAILED, firstLine(e.getMessage()), started));
    }
    CallRecord record = result.record();
    records.add(record);
    write(
        TYPE_CALL,
        tool + ": " + operation.service() + " " + operation.operation() + " " + request,
        operation.service(),
        operation.operation(),
        record.outcome().id(),
        record.detail().orElse(null),
        record.durationMs());
    return result;
  }

  private Optional<String> budgetExhausted() {
    if (rejectedCredentials.isPresent()) {
      return Optional.of("not sent: AWS rejected the credentials");
    }
    if (sent >= settings.maxCalls()) {
      return Optional.of(
          "not sent: this tool call reached its limit of "
              + settings.maxCalls()
              + " AWS calls (LMI_ADVISOR_LIVE_MAX_CALLS)");
    }
    if (System.nanoTime() > deadlineNanos) {
      return Optional.of(
          "not sent: this tool call reached its time limit of "
              + settings.deadline().toSeconds()
              + " s (LMI_ADVISOR_LIVE_DEADLINE_SECONDS)");
    }
    return Optional.empty();
  }

  private CallRecord refused(
      AwsOperation operation, String target, AwsServiceException e, long started) {
    String code =
        e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
            ? "HTTP " + e.statusCode()
            : e.awsErrorDetails().errorCode();
    String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
    String detail = code + (message == null ? "" : ": " + firstLine(message));
    CallOutcome outcome;
    if (CREDENTIALS_REJECTED.contains(code)) {
      rejectedCredentials = Optional.of(code);
      outcome = CallOutcome.FAILED;
    } else if (ACCESS_DENIED.contains(code) || e.statusCode() == 403) {
      outcome = CallOutcome.ACCESS_DENIED;
      detail = "grant " + operation.iamAction() + " (" + detail + ")";
    } else if (NOT_FOUND.contains(code) || code.endsWith(".NotFound") || e.statusCode() == 404) {
      outcome = CallOutcome.NOT_FOUND;
    } else if (e.isThrottlingException()) {
      outcome = CallOutcome.THROTTLED;
    } else {
      outcome = CallOutcome.FAILED;
    }
    return record(operation, target, outcome, detail, started);
  }

  private static CallRecord record(
      AwsOperation operation, String target, CallOutcome outcome, String detail, long started) {
    return new CallRecord(
        operation.service(),
        operation.operation(),
        target,
        outcome,
        operation.iamAction(),
        Optional.ofNullable(detail).map(AccountCalls::masked),
        (System.nanoTime() - started) / 1_000_000);
  }

  private void write(
      String type,
      String command,
      String service,
      String operation,
      String outcome,
      String error,
      long durationMs) {
    // Only a tool call that found no credentials is refused; every read it sends is allowed.
    boolean refused = "denied".equals(outcome);
    audit.append(
        new AuditEvent(
            attemptId,
            type,
            client.name(),
            client.transport(),
            client.attributes(),
            "read_only",
            masked(command),
            service,
            operation,
            region,
            refused ? "denied" : "allowed",
            refused ? SandboxService.RULE_NO_CREDENTIALS : RULE,
            tool + " reads the account and changes nothing",
            "not_needed",
            Map.of(),
            outcome,
            error,
            durationMs,
            false));
  }

  /** Access key ids are masked wherever they appear; the SDK already masks sensitive members. */
  static String masked(String text) {
    return text == null ? null : ACCESS_KEY_ID.matcher(text).replaceAll("***redacted***");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }

  /** The calls made and skipped so far, in order. */
  public List<CallRecord> records() {
    return List.copyOf(records);
  }

  /** The IAM actions AWS refused, in the order they were refused, each once. */
  public List<String> deniedActions() {
    Set<String> actions = new LinkedHashSet<>();
    for (CallRecord record : records) {
      if (record.outcome() == CallOutcome.ACCESS_DENIED) {
        actions.add(record.iamAction());
      }
    }
    return List.copyOf(actions);
  }

  /** Whether any call was skipped for lack of budget: the report is then incomplete. */
  public boolean budgetReached() {
    return records.stream().anyMatch(r -> r.outcome() == CallOutcome.SKIPPED);
  }

  public int maxPages() {
    return settings.maxPages();
  }

  /**
   * Fails the tool call when AWS rejected the credentials: nothing else could be read.
   *
   * @throws dev.lmiadvisor.errors.UserInputException naming the credential chain
   */
  public void requireAcceptedCredentials() {
    if (rejectedCredentials.isPresent()) {
      throw LiveErrors.credentialsRejected(tool, settings.profile(), rejectedCredentials.get());
    }
  }

  /** The audit id shared by every record of this tool call. */
  public String auditId() {
    return attemptId;
  }
}
