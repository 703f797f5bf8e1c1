package dev.lmiadvisor.server.tools;

import static dev.lmiadvisor.server.inventory.Schema.arrayOf;
import static dev.lmiadvisor.server.inventory.Schema.bool;
import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.nullable;
import static dev.lmiadvisor.server.inventory.Schema.number;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.Schema;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.inventory.ToolRequest;
import dev.lmiadvisor.tools.audit.AuditQuery;
import dev.lmiadvisor.tools.deploy.DeploymentPlan;
import dev.lmiadvisor.tools.deploy.DeploymentPlanner;
import dev.lmiadvisor.tools.deploy.DeploymentRequest;
import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import dev.lmiadvisor.tools.sandbox.Confirmation;
import dev.lmiadvisor.tools.sandbox.Decision;
import dev.lmiadvisor.tools.sandbox.Evaluation;
import dev.lmiadvisor.tools.sandbox.RunRequest;
import dev.lmiadvisor.tools.sandbox.RunResult;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.lex.CommandLexer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** run_aws_cli, plan_deployment and query_audit_log over the sandbox of the tools module. */
public final class SandboxTools {

  private static final String TOOLSET = "sandbox";

  /** Sends requests to AWS when executed, may change resources: never read-only or idempotent. */
  static final Hints AWS_CHANGES = new Hints(false, true, false, true);

  private SandboxTools() {}

  public static List<ToolDefinition> all(Supplier<SandboxService> sandbox) {
    return List.of(runAwsCli(sandbox), planDeployment(sandbox), queryAuditLog(sandbox));
  }

  // ---- run_aws_cli ----

  /** Output of run_aws_cli. */
  public record RunAwsCliResult(
      String decision,
      String reason,
      String rule,
      String service,
      String operation,
      boolean readOnly,
      Evaluation.Plan plan,
      boolean executed,
      Map<String, Object> result,
      String auditId,
      String mode,
      String confirmation,
      String outcome,
      String command,
      List<String> warnings,
      List<String> suggestions,
      boolean unsafeOverride) {

    static RunAwsCliResult of(RunResult r) {
      return new RunAwsCliResult(
          r.decision().wire(),
          r.reason(),
          r.rule(),
          r.service(),
          r.operation(),
          r.readOnly(),
          r.plan(),
          r.executed(),
          r.result(),
          r.auditId(),
          r.mode().wire(),
          r.confirmation(),
          r.outcome(),
          r.commandText(),
          r.warnings(),
          r.suggestions(),
          r.unsafeOverride());
    }
  }

  private static Schema decision() {
    return enumOf(
        "allowed, requires_confirmation (a person must confirm before it runs) or denied.",
        "allowed",
        "requires_confirmation",
        "denied");
  }

  static ToolDefinition runAwsCli(Supplier<SandboxService> sandbox) {
    return new ToolDefinition(
        "run_aws_cli",
        "Check or run an AWS CLI command in the sandbox",
        "Checks one 'aws <service> <operation> --param value ...' command without any shell: it is"
            + " parsed against the AWS SDK's model of the service (lambda, ec2, iam, sts, cloudwatch,"
            + " logs, ssm, s3api, secretsmanager, cloudtrail, organizations), then a policy decides"
            + " allowed (reads), requires_confirmation (changes) or denied (credential or secret"
            + " disclosure, privilege escalation, public access, audit tampering, shell syntax, and the"
            + " Lambda Managed Instances guard rails: no terminating instances by hand, at least 2048"
            + " MB, at least 3 execution environments in production). mode plan (default) returns the"
            + " validated SDK request and runs nothing; mode execute sends it through the AWS SDK when"
            + " the server allows execution and, for changes, after the person confirms. Every call is"
            + " written to the audit log.",
        TOOLSET,
        AWS_CHANGES,
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
                "region", string("The AWS Region, if the command has no --region.").maxLength(32))
            .closed()
            .toMap(),
        object("")
            .required("decision", decision())
            .required("reason", string("Why, in words a person can act on."))
            .required(
                "rule",
                string(
                    "The rule that decided, e.g. read-only, lmi-terminate-instances, operator:<id>."))
            .required(
                "service", nullable(string("The CLI service name, or null when not recognised.")))
            .required(
                "operation",
                nullable(string("The CLI operation name, or null when not recognised.")))
            .required("read_only", bool("True when the operation only reads."))
            .required(
                "plan",
                nullable(
                    object("The validated request, or null when the command did not parse.")
                        .required("service", string("CLI service name."))
                        .required("operation", string("CLI operation name."))
                        .required(
                            "sdk_operation",
                            string("API operation name, e.g. CreateCapacityProvider."))
                        .required("region", string("Region the request goes to."))
                        .required(
                            "endpoint_url",
                            nullable(string("A loopback endpoint override, or null.")))
                        .required(
                            "request",
                            object("The SDK request's members (API names), secrets masked.")
                                .asSchema())
                        .asSchema()))
            .required("executed", bool("True when a request was sent to AWS."))
            .required(
                "result",
                nullable(
                    object("The AWS response (API names), secrets masked, or null.").asSchema()))
            .required("audit_id", string("The id of this call in the audit log."))
            .required("mode", enumOf("The mode of the call.", "plan", "execute"))
            .required(
                "confirmation",
                enumOf(
                    "Whether a person was asked.",
                    "not_needed",
                    "not_asked",
                    "accepted",
                    "declined",
                    "unavailable"))
            .required(
                "outcome",
                enumOf("What happened.", "denied", "planned", "not_executed", "executed", "failed"))
            .required("command", string("The command as recorded, secrets masked."))
            .required("warnings", arrayOf(string(null), "Things to know about the request."))
            .required(
                "suggestions",
                arrayOf(string(null), "Closest valid names when a name was not recognised."))
            .required(
                "unsafe_override", bool("True when an operator rule loosened a built-in denial."))
            .toMap(),
        request -> {
          RunRequest run =
              new RunRequest(
                  request.string("command"),
                  RunRequest.Mode.fromWire(request.optionalString("mode").orElse("plan")),
                  request.optionalString("region"),
                  identity(request.caller()),
                  confirmation(request.caller()));
          RunResult result = sandbox.get().run(run);
          return new ToolOutcome(RunAwsCliResult.of(result), text(result));
        });
  }

  static ClientIdentity identity(Caller caller) {
    return new ClientIdentity(
        caller.clientName() == null ? "unknown" : caller.clientName(),
        caller.transport(),
        caller.identity());
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

  private static String text(RunResult r) {
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
              .append(". Nothing was run (mode plan).");
      case "not_executed" -> text.append("Not run: ").append(r.reason());
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

  // ---- plan_deployment ----

  /** Output of plan_deployment. */
  public record PlanDeploymentResult(
      List<DeploymentPlan.Step> steps, String samTemplate, List<String> warnings) {}

  static ToolDefinition planDeployment(Supplier<SandboxService> sandbox) {
    return new ToolDefinition(
        "plan_deployment",
        "Plan a Lambda Managed Instances deployment",
        "Returns the ordered AWS CLI steps that put one function on Lambda Managed Instances (check"
            + " account and subnets, execution role, operator role with aws:SourceAccount and"
            + " aws:SourceArn, capacity provider with a vCPU ceiling, function with its capacity"
            + " provider config, publish, scaling floor of at least 3, and with numbered versions a"
            + " weighted alias for cutover), each checked by the run_aws_cli sandbox, plus the same"
            + " deployment as an AWS SAM template. Runs nothing.",
        TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .required("function_name", string("Lambda function name.").minLength(1).maxLength(64))
            .required(
                "runtime",
                string(
                        "java, python, nodejs, dotnet or rust, or a runtime id such as python3.13 or java21.")
                    .maxLength(32))
            .required(
                "subnet_ids",
                arrayOf(
                        string("A subnet id, e.g. subnet-0abc1234.").maxLength(40),
                        "Private subnets, one per Availability Zone, 3 or more.")
                    .with("minItems", 1)
                    .maxItems(16))
            .required(
                "security_group_ids",
                arrayOf(
                        string("A security group id.").maxLength(40),
                        "Security groups of the instances (no inbound rules, HTTPS egress).")
                    .with("minItems", 1)
                    .maxItems(5))
            .optional("architecture", enumOf("Default arm64.", "arm64", "x86_64"))
            .optional("region", string("AWS Region, default us-east-1.").maxLength(32))
            .optional(
                "memory_mb",
                integer("Function memory, 2048 to 32768; default 4096.").min(2048).max(32768))
            .optional(
                "memory_gib_per_vcpu",
                number(
                        "Memory per vCPU of an execution environment, 2 to 8; default 4, or 2 when"
                            + " memory_mb is not a multiple of 4096.")
                    .min(2)
                    .max(8))
            .optional(
                "per_execution_environment_max_concurrency",
                integer(
                        "Concurrent requests per execution environment, 1 to 1600; default: the runtime's.")
                    .min(1)
                    .max(1600))
            .optional(
                "min_execution_environments",
                integer("Scaling floor; at least 3 in production; default 3.").min(1).max(15000))
            .optional(
                "max_execution_environments",
                integer("Scaling ceiling; default 30.").min(1).max(15000))
            .optional(
                "max_vcpu_count",
                integer("Capacity provider vCPU ceiling, 2 to 15000; default derived.")
                    .min(2)
                    .max(15000))
            .optional(
                "capacity_provider_name", string("Default <function_name>-cp.").maxLength(140))
            .optional(
                "account_id",
                string("12-digit AWS account id; default a placeholder.").pattern("^[0-9]{12}$"))
            .optional("handler", string("Handler; default by runtime.").maxLength(128))
            .optional(
                "code_zip",
                string("Deployment package inside the working folder; default function.zip.")
                    .maxLength(200))
            .optional(
                "publish_mode",
                enumOf(
                    "latest_published (default): publish to $LATEST.PUBLISHED. numbered_versions: version 1 plus a live alias for weighted cutover.",
                    "latest_published",
                    "numbered_versions"))
            .optional("environment", enumOf("Default production.", "production", "non_production"))
            .closed()
            .toMap(),
        object("")
            .required(
                "steps",
                arrayOf(
                    object("One step.")
                        .required("order", integer("1, 2, ...").min(1))
                        .required("title", string("What the step does."))
                        .required("command", string("The AWS CLI command."))
                        .required("decision", decision())
                        .required("rule", string("The sandbox rule behind the decision."))
                        .required("note", string("What to check or do with the result."))
                        .asSchema(),
                    "The steps, in order."))
            .required("sam_template", string("The same deployment as an AWS SAM template (YAML)."))
            .required(
                "warnings",
                arrayOf(string(null), "What to check or replace before running the steps."))
            .toMap(),
        request -> {
          SandboxService service = sandbox.get();
          DeploymentPlanner planner =
              new DeploymentPlanner(command -> service.check(command, Optional.empty()));
          DeploymentPlan plan = planner.plan(deploymentRequest(request));
          PlanDeploymentResult result =
              new PlanDeploymentResult(plan.steps(), plan.samTemplate(), plan.warnings());
          return new ToolOutcome(result, planText(plan));
        });
  }

  static DeploymentRequest deploymentRequest(ToolRequest request) {
    return new DeploymentRequest(
        request.string("function_name"),
        request.string("runtime"),
        request
            .optionalStrings("subnet_ids")
            .orElseThrow(() -> new IllegalArgumentException("'subnet_ids' is required")),
        request
            .optionalStrings("security_group_ids")
            .orElseThrow(() -> new IllegalArgumentException("'security_group_ids' is required")),
        request.optionalString("architecture"),
        request.optionalString("region"),
        request.optionalInt("memory_mb"),
        request.optionalDouble("memory_gib_per_vcpu"),
        request.optionalInt("per_execution_environment_max_concurrency"),
        request.optionalInt("min_execution_environments"),
        request.optionalInt("max_execution_environments"),
        request.optionalInt("max_vcpu_count"),
        request.optionalString("capacity_provider_name"),
        request.optionalString("account_id"),
        request.optionalString("handler"),
        request.optionalString("code_zip"),
        request.optionalString("publish_mode"),
        request.optionalString("environment"));
  }

  private static String planText(DeploymentPlan plan) {
    StringBuilder text = new StringBuilder();
    for (DeploymentPlan.Step step : plan.steps()) {
      text.append(step.order())
          .append(". ")
          .append(step.title())
          .append(" [")
          .append(step.decision())
          .append("]\n   ")
          .append(step.command())
          .append('\n');
    }
    if (!plan.warnings().isEmpty()) {
      text.append("\nWarnings:\n");
      plan.warnings().forEach(w -> text.append("- ").append(w).append('\n'));
    }
    return text.toString();
  }

  // ---- query_audit_log ----

  /** Output of query_audit_log. */
  public record QueryAuditLogResult(
      List<Map<String, Object>> entries,
      long total,
      boolean chainValid,
      List<String> problems,
      long recordsChecked) {}

  static ToolDefinition queryAuditLog(Supplier<SandboxService> sandbox) {
    return new ToolDefinition(
        "query_audit_log",
        "Read the sandbox's audit log",
        "Returns the newest records of the run_aws_cli audit log (who asked, the command with"
            + " secrets masked, decision, rule, confirmation, outcome, duration), optionally since a"
            + " time and for one decision, and verifies the whole hash chain: chain_valid is false when"
            + " a record was edited, removed or truncated.",
        TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .optional(
                "limit",
                integer("How many records, newest first; 1 to 1000, default 50.")
                    .min(1)
                    .max(AuditQuery.MAX_LIMIT)
                    .defaultValue(AuditQuery.DEFAULT_LIMIT))
            .optional(
                "since",
                string(
                        "Only records from then on: 2026-11-21T09:00:00Z, 2026-11-21, or 24h / 7d / 30m back.")
                    .maxLength(40))
            .optional("decision", decision())
            .closed()
            .toMap(),
        object("")
            .required(
                "entries",
                arrayOf(
                    object(
                            "One audit record: seq, time, id, type, client {name, transport}, mode, command,"
                                + " service, operation, region, decision, rule, reason, confirmation, outcome, error,"
                                + " duration_ms, unsafe_override, prev_hash, hash.")
                        .asSchema(),
                    "Matching records, newest first."))
            .required("total", integer("How many records match.").min(0))
            .required(
                "chain_valid", bool("False when any record was edited, removed or truncated."))
            .required("problems", arrayOf(string(null), "What verification found wrong."))
            .required("records_checked", integer("Records verified.").min(0))
            .toMap(),
        request -> {
          AuditQuery query =
              new AuditQuery(
                  request.optionalInt("limit").orElse(AuditQuery.DEFAULT_LIMIT),
                  request.optionalString("since").map(s -> AuditQuery.parseSince(s, Instant.now())),
                  request.optionalString("decision"));
          AuditQuery.Result result = sandbox.get().queryAudit(query);
          QueryAuditLogResult output =
              new QueryAuditLogResult(
                  result.entries(),
                  result.total(),
                  result.chainValid(),
                  result.problems(),
                  result.recordsChecked());
          String text =
              "%d of %d matching records; chain %s%s"
                  .formatted(
                      result.entries().size(),
                      result.total(),
                      result.chainValid() ? "valid" : "BROKEN",
                      result.problems().isEmpty()
                          ? "."
                          : ": " + String.join("; ", result.problems()));
          return new ToolOutcome(output, text);
        });
  }
}
