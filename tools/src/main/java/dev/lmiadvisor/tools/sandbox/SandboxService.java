package dev.lmiadvisor.tools.sandbox;

import dev.lmiadvisor.tools.audit.AuditEvent;
import dev.lmiadvisor.tools.audit.AuditLog;
import dev.lmiadvisor.tools.audit.AuditQuery;
import dev.lmiadvisor.tools.audit.AuditRecord;
import dev.lmiadvisor.tools.audit.CloudWatchAuditSink;
import dev.lmiadvisor.tools.audit.VerificationReport;
import dev.lmiadvisor.tools.sandbox.audit.CommandText;
import dev.lmiadvisor.tools.sandbox.bind.LocalFiles;
import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import dev.lmiadvisor.tools.sandbox.execute.AwsExecutor;
import dev.lmiadvisor.tools.sandbox.parse.ServiceCatalog;
import dev.lmiadvisor.tools.sandbox.policy.LmiGuardrails;
import dev.lmiadvisor.tools.sandbox.policy.OperatorPolicy;
import dev.lmiadvisor.tools.sandbox.policy.Policy;
import dev.lmiadvisor.tools.sandbox.policy.PolicyContext;
import dev.lmiadvisor.tools.sandbox.validate.GlobalOptionsValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The sandbox as a service: checks a command ({@link Sandbox}), executes it when asked, allowed
 * and, where needed, confirmed ({@link AwsExecutor}), and writes every attempt to the audit log
 * before returning. If the audit record cannot be written the call fails: nothing is reported done
 * that is not on record, and no request is sent to AWS before its start is on record.
 */
public final class SandboxService implements AutoCloseable {

  public static final String RULE_EXECUTE_DISABLED = "execute-disabled";
  public static final String RULE_NO_CREDENTIALS = "no-credentials";
  public static final String RULE_CONFIRMATION_UNAVAILABLE = "confirmation-unavailable";
  public static final String RULE_INVALID_ARGUMENTS = "invalid-arguments";
  public static final String RULE_WEB_APPROVAL = "web-approval";

  private final SandboxSettings settings;
  private final Sandbox sandbox;
  private final AwsExecutor executor;
  private final AuditLog audit;

  private SandboxService(SandboxSettings settings, Sandbox sandbox, AuditLog audit) {
    this.settings = settings;
    this.sandbox = sandbox;
    this.executor = new AwsExecutor(settings.awsTimeout(), settings.resultMaxBytes());
    this.audit = audit;
  }

  public static SandboxService create(SandboxSettings settings) {
    OperatorPolicy operator =
        settings.policyFile().map(OperatorPolicy::load).orElse(OperatorPolicy.none());
    Policy policy =
        new Policy(
            operator, settings.unsafeOverrides(), new PolicyContext(settings.nonProduction()));
    Sandbox sandbox =
        new Sandbox(
            new ServiceCatalog(),
            new GlobalOptionsValidator(settings.allowedProfile(), settings.defaultRegion()),
            new LocalFiles(settings.workingFolder()),
            policy);
    AuditLog audit = AuditLog.open(settings.auditLocation(), settings.auditMaxFileBytes());
    settings
        .cloudWatchLogGroup()
        .ifPresent(
            group -> {
              audit.forwardTo(
                  CloudWatchAuditSink.start(
                      group, settings.defaultRegion(), settings.credentials()));
              audit.forwardHeadsTo(
                  CloudWatchAuditSink.startHeads(
                      group, settings.defaultRegion(), settings.credentials(), audit.location()));
            });
    return new SandboxService(settings, sandbox, audit);
  }

  public SandboxSettings settings() {
    return settings;
  }

  public AuditLog auditLog() {
    return audit;
  }

  /** Checks a command without executing or recording it (for plans built by the server itself). */
  public Evaluation check(String command, Optional<String> region) {
    return sandbox.evaluate(command, region, true);
  }

  public RunResult run(RunRequest request) {
    // The SDK and its HTTP client look up resources through the thread's context class loader. On
    // a thread borrowed from a servlet container that is the web application's loader, which may
    // already be stopped; use the loader of this module instead.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(SandboxService.class.getClassLoader());
    try {
      return runChecked(request);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private RunResult runChecked(RunRequest request) {
    long started = System.nanoTime();
    String attemptId = UUID.randomUUID().toString();
    boolean execute = request.mode() == RunRequest.Mode.EXECUTE;
    Evaluation evaluation = sandbox.evaluate(request.command(), request.region(), !execute);
    Outcome outcome = new Outcome(evaluation.decision(), evaluation.rule(), evaluation.reason());
    if (evaluation.decision() == Decision.DENIED) {
      outcome.outcome = "denied";
    } else if (!execute) {
      outcome.outcome = "planned";
      outcome.confirmation =
          evaluation.decision() == Decision.REQUIRES_CONFIRMATION ? "not_asked" : "not_needed";
    } else {
      executeIfAllowed(request, evaluation, outcome, attemptId, started);
    }
    AuditRecord record =
        audit.append(event(attemptId, "call", request, evaluation, outcome, started));
    return new RunResult(
        outcome.decision,
        outcome.reason,
        outcome.rule,
        evaluation.service(),
        evaluation.operation(),
        evaluation.readOnly(),
        evaluation.plan().orElse(null),
        outcome.executed,
        outcome.result,
        attemptId,
        record.seq(),
        record.hash(),
        request.mode(),
        outcome.confirmation,
        outcome.outcome,
        evaluation.commandText(),
        evaluation.warnings(),
        evaluation.suggestions(),
        evaluation.unsafeOverride(),
        outcome.pending == null ? null : outcome.pending.approvalId(),
        outcome.pending == null ? null : outcome.pending.url());
  }

  private void executeIfAllowed(
      RunRequest request, Evaluation evaluation, Outcome outcome, String attemptId, long started) {
    if (!settings.executeEnabled()) {
      outcome.deny(
          RULE_EXECUTE_DISABLED,
          "execution is switched off on this server (set LMI_ADVISOR_EXECUTE=true to allow it); nothing was sent. Use mode plan to see the request");
      return;
    }
    if (evaluation.decision() == Decision.REQUIRES_CONFIRMATION) {
      if (request.confirmation().isEmpty()) {
        outcome.confirmation = "unavailable";
        outcome.deny(
            RULE_CONFIRMATION_UNAVAILABLE,
            evaluation.reason()
                + "; this client cannot ask a person to confirm (no MCP elicitation), so the command is refused. Run it in plan mode and execute it yourself, or use a client that can confirm");
        return;
      }
      boolean accepted;
      try {
        Confirmation.Answer answer =
            request
                .confirmation()
                .get()
                .answer(
                    question(evaluation),
                    new Confirmation.Asked(
                        attemptId,
                        evaluation.commandText(),
                        evaluation.service(),
                        evaluation.operation(),
                        evaluation.plan().map(Evaluation.Plan::region).orElse(null)));
        if (answer.refusal().isPresent()) {
          outcome.confirmation = "unavailable";
          outcome.deny(answer.refusal().get().rule(), answer.refusal().get().reason());
          return;
        }
        if (answer.pending().isPresent()) {
          Confirmation.Pending pending = answer.pending().get();
          outcome.pending = pending;
          outcome.decision = Decision.PENDING_APPROVAL;
          outcome.rule = RULE_WEB_APPROVAL;
          outcome.confirmation = "pending";
          outcome.outcome = "pending_approval";
          outcome.reason =
              "%s; this client cannot ask a person, so the request waits for one in the web console (%s) until %s. Nothing was run. Call run_aws_cli again with the same command and approval_id %s to get the outcome"
                  .formatted(
                      evaluation.reason(),
                      pending.url(),
                      pending.expiresAt(),
                      pending.approvalId());
          return;
        }
        accepted = answer.accepted();
        outcome.approver = answer.approver();
      } catch (RuntimeException e) {
        // No answer is not a yes.
        accepted = false;
      }
      outcome.confirmation = accepted ? "accepted" : "declined";
      if (!accepted) {
        outcome.outcome = "not_executed";
        outcome.reason =
            "the person declined, so nothing was executed (" + evaluation.reason() + ")";
        return;
      }
    }
    AwsCredentialsProvider credentials;
    try {
      credentials = settings.credentials().get();
      credentials.resolveCredentials();
    } catch (SdkException | IllegalStateException e) {
      outcome.deny(
          RULE_NO_CREDENTIALS,
          "no AWS credentials are configured for the sandbox (environment, profile "
              + settings.allowedProfile().orElse("default")
              + " or instance role); nothing was sent");
      return;
    }
    ParsedCommand parsed = evaluation.parsed().orElseThrow();
    // On record before it is sent: an execution is never missing from the log.
    audit.append(
        event(attemptId, "execution_started", request, evaluation, outcome.executing(), started));
    outcome.outcome = null;
    if (LmiGuardrails.lowersMemoryOfAFunctionThatMayBeOnLmi(parsed)) {
      // The plan could only warn; before sending, find out whether the function is on LMI.
      try {
        if (executor.onCapacityProvider(parsed, credentials)) {
          outcome.deny(
              LmiGuardrails.MEMORY,
              "the function runs on a capacity provider (Lambda Managed Instances), where memory below 2048 MB is rejected; nothing was changed. Use --memory-size 2048 or more");
          return;
        }
      } catch (AwsExecutor.CallFailed e) {
        outcome.deny(
            LmiGuardrails.MEMORY,
            "the sandbox could not read the function's configuration to check that it is not on a capacity provider ("
                + e.getMessage()
                + "), so the memory update is refused; nothing was changed");
        return;
      }
    }
    try {
      outcome.result = executor.execute(parsed, credentials);
      outcome.outcome = "executed";
    } catch (AwsExecutor.CallFailed e) {
      outcome.outcome = "failed";
      outcome.error = e.getMessage();
      outcome.result = Map.of("error", e.getMessage());
    }
    outcome.executed = true;
  }

  /**
   * What the person is asked: the command as recorded, and exactly what will be sent (service, API
   * operation, region, endpoint and every request member), secrets masked. The request is shown as
   * the SDK will send it, so a name that looks different from what is sent cannot slip through.
   */
  static String question(Evaluation evaluation) {
    Evaluation.Plan plan = evaluation.plan().orElseThrow();
    Map<String, Object> sent = new java.util.LinkedHashMap<>();
    sent.put("service", plan.service());
    sent.put("operation", plan.sdkOperation());
    sent.put("region", plan.region());
    if (plan.endpointUrl() != null) {
      sent.put("endpoint", plan.endpointUrl());
    }
    sent.put("request", plan.request());
    String request;
    try {
      request = QUESTION_JSON.writerWithDefaultPrettyPrinter().writeValueAsString(sent);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return "Run this AWS command in "
        + plan.region()
        + "?\n\n"
        + evaluation.commandText()
        + "\n\nWhat will be sent:\n"
        + request
        + "\n\nWhy it needs you: "
        + evaluation.reason();
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper QUESTION_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private AuditEvent event(
      String attemptId,
      String type,
      RunRequest request,
      Evaluation evaluation,
      Outcome outcome,
      long started) {
    return new AuditEvent(
        attemptId,
        type,
        request.client().name(),
        request.client().transport(),
        request.client().attributes(),
        request.mode().wire(),
        evaluation.commandText(),
        evaluation.service(),
        evaluation.operation(),
        evaluation.plan().map(Evaluation.Plan::region).orElse(request.region().orElse(null)),
        outcome.decision.wire(),
        outcome.rule,
        outcome.reason,
        outcome.confirmation,
        outcome.approver,
        outcome.outcome,
        outcome.error,
        (System.nanoTime() - started) / 1_000_000,
        evaluation.unsafeOverride());
  }

  /** Records of the audit log, filtered, newest first, with the chain's state. */
  public AuditQuery.Result queryAudit(AuditQuery query) {
    return query.run(audit, this::remoteHead);
  }

  /**
   * Verifies the whole audit chain, against the head in CloudWatch Logs too when that sink is on.
   */
  public VerificationReport verifyAudit() {
    return audit.verify(this::remoteHead);
  }

  private Optional<String> remoteHead() {
    return settings.cloudWatchLogGroup().isEmpty()
        ? Optional.empty()
        : CloudWatchAuditSink.latestHead(
            settings.cloudWatchLogGroup().get(),
            settings.defaultRegion(),
            settings.credentials(),
            audit.location());
  }

  /**
   * Records an attempt refused before the sandbox could check it, such as {@code run_aws_cli}
   * arguments that the tool's input schema rejects (no command, an unknown mode, a command that is
   * not text): every attempt is on record, not only those that reached the pipeline. Secrets are
   * masked in the command and in the reason (which may quote the value at fault).
   *
   * @param tool the tool that was called, e.g. {@code run_aws_cli}
   * @param arguments the arguments as the client sent them
   * @param reason why they were refused, as the client was told
   * @return the id of the audit record
   * @throws java.io.UncheckedIOException when the record cannot be written; the caller must then
   *     report a fault, not the refusal alone
   */
  public String recordRefused(
      String tool, Map<String, ?> arguments, String reason, ClientIdentity client) {
    String attemptId = UUID.randomUUID().toString();
    Object command = arguments == null ? null : arguments.get("command");
    Object mode = arguments == null ? null : arguments.get("mode");
    List<String> words = new ArrayList<>();
    flatten(command, words);
    String recorded =
        switch (command) {
          case null -> null;
          case String text -> CommandText.ofRaw(text);
          default -> CommandText.of(words);
        };
    AuditEvent event =
        new AuditEvent(
            attemptId,
            "call",
            client.name(),
            client.transport(),
            client.attributes(),
            mode instanceof String m && (m.equals("plan") || m.equals("execute")) ? m : "invalid",
            recorded,
            null,
            null,
            arguments != null && arguments.get("region") instanceof String r ? r : null,
            Decision.DENIED.wire(),
            RULE_INVALID_ARGUMENTS,
            CommandText.maskedQuoting(tool + ": " + reason, words),
            "not_needed",
            Map.of(),
            "denied",
            null,
            0,
            false);
    audit.append(event);
    return attemptId;
  }

  /** The words of a command sent as something other than text (a list, an object), in order. */
  private static void flatten(Object value, List<String> words) {
    switch (value) {
      case null -> {}
      case String text -> words.addAll(List.of(text.strip().split("\\s+")));
      case Map<?, ?> map ->
          map.forEach(
              (k, v) -> {
                flatten(String.valueOf(k), words);
                flatten(v, words);
              });
      case Iterable<?> items -> items.forEach(item -> flatten(item, words));
      default -> words.add(String.valueOf(value));
    }
  }

  /**
   * Records a step of a web approval that is not a tool call: a person's decision in the console,
   * or a request that lapsed undecided. It carries the id of the call that asked for it, so the
   * request, the decision and the retry's outcome read as one story in the log.
   *
   * @param requestId the audit id of the call that became {@code pending_approval}
   * @param type {@code approval_decided} or {@code approval_expired}
   * @param command the command as recorded (already masked)
   * @param confirmation {@code accepted}, {@code declined} or {@code expired}
   * @param approver who decided, as the console identifies people; empty for an expiry
   * @param requester the client that asked
   */
  public void recordApproval(
      String requestId,
      String type,
      String command,
      String service,
      String operation,
      String region,
      String confirmation,
      Map<String, String> approver,
      ClientIdentity requester,
      String reason) {
    audit.append(
        new AuditEvent(
            requestId,
            type,
            requester.name(),
            requester.transport(),
            requester.attributes(),
            RunRequest.Mode.EXECUTE.wire(),
            command,
            service,
            operation,
            region,
            Decision.PENDING_APPROVAL.wire(),
            RULE_WEB_APPROVAL,
            reason,
            confirmation,
            approver,
            confirmation.equals("accepted")
                ? "approved"
                : confirmation.equals("declined") ? "refused" : "expired",
            null,
            0,
            false));
  }

  @Override
  public void close() {
    audit.close();
  }

  /** What became of the call, filled in as it goes. */
  private static final class Outcome {
    Decision decision;
    String rule;
    String reason;
    String confirmation = "not_needed";
    Map<String, String> approver = Map.of();
    String outcome;
    String error;
    boolean executed;
    Map<String, Object> result;
    Confirmation.Pending pending;

    Outcome(Decision decision, String rule, String reason) {
      this.decision = decision;
      this.rule = rule;
      this.reason = reason;
    }

    void deny(String rule, String reason) {
      this.decision = Decision.DENIED;
      this.rule = rule;
      this.reason = reason;
      this.outcome = "denied";
    }

    Outcome executing() {
      Outcome copy = new Outcome(decision, rule, reason);
      copy.confirmation = confirmation;
      copy.approver = approver;
      copy.outcome = "executing";
      return copy;
    }
  }
}
