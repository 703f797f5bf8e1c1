package dev.lmiadvisor.server.tools.sandbox;

import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.lmiadvisor.server.approvals.WebApprovals;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import dev.lmiadvisor.tools.sandbox.Confirmation;
import dev.lmiadvisor.tools.sandbox.Decision;
import dev.lmiadvisor.tools.sandbox.RunRequest;
import dev.lmiadvisor.tools.sandbox.RunResult;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.lex.CommandLexer;
import java.util.Optional;
import java.util.function.Supplier;

/** run_aws_cli: one AWS CLI command through the sandbox, planned or executed, always audited. */
public final class RunAwsCli {

  public static final String NAME = "run_aws_cli";

  /** The sandbox's result; the command as recorded is served as {@code command}. */
  public record Output(
      @JsonUnwrapped @JsonIgnoreProperties({"command_text", "audit_seq", "audit_hash"})
          RunResult result) {
    @JsonProperty
    String command() {
      return result.commandText();
    }
  }

  private RunAwsCli() {}

  public static ToolDefinition definition(Supplier<SandboxService> sandbox) {
    return definition(sandbox, Optional::empty);
  }

  /**
   * @param approvals the web console's approval requests, when the HTTP server runs with {@code
   *     LMI_ADVISOR_WEB_APPROVALS=true}
   */
  public static ToolDefinition definition(
      Supplier<SandboxService> sandbox, Supplier<Optional<WebApprovals>> approvals) {
    return new ToolDefinition(
            NAME,
            "Check or run an AWS CLI command in the sandbox",
            "Checks one 'aws <service> <operation> --param value ...' command without any shell: it is"
                + " parsed against the AWS SDK's model of the service (lambda, ec2, iam, sts, cloudwatch,"
                + " logs, ssm, s3api, secretsmanager, cloudtrail, organizations), then a policy decides"
                + " allowed (reads), requires_confirmation (changes) or denied (credential or secret"
                + " disclosure, privilege escalation, public access, audit tampering, shell syntax, and the"
                + " Lambda Managed Instances guard rails: no terminating instances by hand, at least 2048"
                + " MB, at least 3 execution environments in production). mode plan (default) returns the"
                + " validated SDK request and runs nothing; mode execute sends it through the AWS SDK when"
                + " the server allows execution and, for changes, after the person confirms. Where the"
                + " client cannot ask the person and the server has web approvals on, a change becomes"
                + " pending_approval with an approval_id and the console URL; call again with the same"
                + " command and approval_id for the outcome. Every call is written to the audit log.",
            SandboxInputs.TOOLSET,
            SandboxInputs.AWS_CHANGES,
            object("")
                .required(
                    "command",
                    string(
                            "The AWS CLI command, starting with 'aws', on one line; no pipes, redirections or variables.")
                        .minLength(1)
                        .maxLength(CommandLexer.MAX_LENGTH))
                .optional(
                    "mode",
                    enumOf(
                            "plan (default): check and show the request, run nothing. execute: also send it to AWS.",
                            "plan",
                            "execute")
                        .defaultValue("plan"))
                .optional(
                    "region",
                    string("The AWS Region, if the command has no --region.").maxLength(32))
                .optional(
                    APPROVAL_ID,
                    string(
                            "The approval_id of an earlier pending_approval result: with the same"
                                + " command in execute mode, runs it once if a person approved it in the"
                                + " web console.")
                        .pattern("^[0-9a-f]{32}$"))
                .closed()
                .toMap(),
            OutputSchema.of(NAME, Output.class)
                .nullable("service", "operation", "plan", "plan.endpoint_url", "result")
                .nullable("approval_id", "approval_url")
                .values(
                    "confirmation",
                    "not_needed",
                    "not_asked",
                    "accepted",
                    "declined",
                    "unavailable",
                    "pending")
                .values(
                    "outcome",
                    "denied",
                    "planned",
                    "not_executed",
                    "executed",
                    "failed",
                    "pending_approval")
                .toMap(),
            request -> {
              RunRequest run =
                  new RunRequest(
                      request.string("command"),
                      RunRequest.Mode.fromWire(request.optionalString("mode").orElse("plan")),
                      request.optionalString("region"),
                      identity(request.caller()),
                      confirmation(request, approvals.get()));
              RunResult result = sandbox.get().run(run);
              return new ToolOutcome(new Output(result), text(result));
            })
        .recordingRefusals(
            (arguments, reason, caller) ->
                sandbox.get().recordRefused(NAME, arguments, reason, identity(caller)));
  }

  /** The caller as the audit log names it: client, transport and what the front end knows. */
  public static ClientIdentity identity(Caller caller) {
    return new ClientIdentity(
        caller.clientName() == null ? "unknown" : caller.clientName(),
        caller.transport(),
        caller.identity());
  }

  public static final String APPROVAL_ID = "approval_id";

  /** The rule of an approval_id sent to a server without web approvals. */
  public static final String RULE_WEB_APPROVALS_OFF = "web-approvals-off";

  /**
   * How this call asks a person: the client's own way (MCP elicitation, a Slack button) or, for an
   * HTTP client that has none (or that sends an approval_id), the web console's approvals.
   */
  static Optional<Confirmation> confirmation(
      dev.lmiadvisor.server.inventory.ToolRequest request, Optional<WebApprovals> approvals) {
    Caller caller = request.caller();
    Optional<String> approvalId = request.optionalString(APPROVAL_ID);
    Optional<Confirmation> own = confirmation(caller);
    if (approvalId.isEmpty() && own.isPresent()) {
      return own;
    }
    Optional<WebApprovals> board = approvals.filter(b -> "http".equals(caller.transport()));
    if (board.isPresent()) {
      return Optional.of(board.get().confirmation(identity(caller), approvalId));
    }
    if (approvalId.isPresent()) {
      return Optional.of(
          new Confirmation() {
            @Override
            public boolean confirm(String question) {
              return false;
            }

            @Override
            public Answer answer(String question) {
              return Answer.refused(
                  RULE_WEB_APPROVALS_OFF,
                  "approval_id is answered only by a server started with --http (not stateless)"
                      + " and LMI_ADVISOR_WEB_APPROVALS=true; nothing was sent");
            }
          });
    }
    return own;
  }

  /** The caller's way of asking a person, passing on who answered (Slack's approvers). */
  static Optional<Confirmation> confirmation(Caller caller) {
    return caller
        .confirmer()
        .map(
            confirmer ->
                new Confirmation() {
                  @Override
                  public boolean confirm(String question) {
                    return answer(question).accepted();
                  }

                  @Override
                  public Answer answer(String question) {
                    Caller.Confirmation answer = confirmer.ask(question);
                    return new Answer(answer.accepted(), answer.approver());
                  }
                });
  }

  /** The decision in one or two sentences, with the audit id. */
  public static String text(RunResult r) {
    String what =
        r.service() == null
            ? "the command"
            : "aws " + r.service() + (r.operation() == null ? "" : " " + r.operation());
    StringBuilder text = new StringBuilder();
    switch (r.outcome()) {
      case "denied" -> text.append("Denied (").append(r.rule()).append("): ").append(r.reason());
      case "planned" ->
          text.append(r.decision() == Decision.ALLOWED ? "Allowed" : "Needs confirmation")
              .append(" (")
              .append(r.rule())
              .append("): ")
              .append(what)
              .append(" in ")
              .append(r.plan().region())
              .append(". Nothing was run (plan only).");
      case "not_executed" -> text.append("Not run: ").append(r.reason());
      case "pending_approval" ->
          text.append("Waiting for approval: ")
              .append(what)
              .append(" needs a person; approve or deny it at ")
              .append(r.approvalUrl())
              .append(", then call run_aws_cli again with approval_id ")
              .append(r.approvalId());
      case "executed" ->
          text.append("Ran ").append(what).append(" in ").append(r.plan().region()).append('.');
      case "failed" ->
          text.append("Sent ")
              .append(what)
              .append(", but it failed: ")
              .append(r.result().get("error"));
      default -> text.append(r.reason());
    }
    if (!r.suggestions().isEmpty()) {
      text.append(" Closest: ").append(String.join(", ", r.suggestions())).append('.');
    }
    if (text.charAt(text.length() - 1) != '.') {
      text.append('.');
    }
    text.append(" Audit id ").append(r.auditId()).append('.');
    return text.toString();
  }
}
