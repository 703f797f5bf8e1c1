package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.audit.AuditLog;
import dev.lmiadvisor.tools.live.AccountCalls;
import dev.lmiadvisor.tools.live.AwsOperation;
import dev.lmiadvisor.tools.live.CallOutcome;
import dev.lmiadvisor.tools.live.CallRecord;
import dev.lmiadvisor.tools.live.Finding;
import dev.lmiadvisor.tools.live.LiveClients;
import dev.lmiadvisor.tools.live.LiveRule;
import dev.lmiadvisor.tools.live.LiveSession;
import dev.lmiadvisor.tools.live.LiveSettings;
import dev.lmiadvisor.tools.live.MetricReader;
import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * inspect_deployment: reads an LMI deployment from the account, read-only, and says what is wrong
 * with it. It reads the capacity provider (state, VPC, instance requirements, scaling), the
 * functions attached (configuration and scaling floor of each newest published version), the
 * subnets' routes, the VPC endpoints, the security groups, the operator role's trust and policies,
 * and the last day of throttles and CPU. A refused read is named with the IAM action to grant and
 * the rest of the report still comes back.
 */
public final class DeploymentInspector {

  public static final String TOOL = "inspect_deployment";

  private final LiveSettings settings;
  private final AuditLog audit;
  private final Clock clock;

  public DeploymentInspector(LiveSettings settings, AuditLog audit) {
    this(settings, audit, Clock.systemUTC());
  }

  DeploymentInspector(LiveSettings settings, AuditLog audit, Clock clock) {
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * @throws dev.lmiadvisor.errors.UserInputException without credentials, with credentials AWS
   *     rejects, or when the named provider or function does not exist; the message says what to do
   */
  public DeploymentReport inspect(InspectRequest request, ClientIdentity client) {
    return LiveSession.read(
        settings,
        audit,
        TOOL,
        request.describe(),
        request.region(),
        client,
        (calls, clients) -> inspect(request, calls, clients));
  }

  private DeploymentReport inspect(
      InspectRequest request, AccountCalls calls, LiveClients clients) {
    String region = request.region();
    ProviderReader.Resolution resolution =
        new ProviderReader(calls, clients.lambda()).resolve(request);
    List<Finding> findings = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (resolution.provider().isEmpty()) {
      switch (resolution.state()) {
        case "none" ->
            findings.add(
                Finding.of(
                    LiveRule.NO_CAPACITY_PROVIDER,
                    region,
                    "There is no capacity provider in " + region + ": nothing runs on LMI here."));
        case "not_lmi" ->
            findings.add(
                Finding.of(
                    LiveRule.NOT_ON_LMI,
                    request.functionName().orElse(region),
                    "The function runs on standard Lambda (no CapacityProviderConfig). Use"
                        + " assess_function to see whether it should move to LMI."));
        default -> {
          // Refused or failed: the access findings below say what to grant.
        }
      }
      return report(
          region,
          resolution.state(),
          resolution,
          List.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          findings,
          Optional.empty(),
          notes,
          calls);
    }
    ProviderView provider = resolution.provider().get();
    FunctionReader.Functions functions =
        new FunctionReader(calls, clients.lambda())
            .read(provider, request.functionName(), resolution.function());
    if (!functions.notRead().isEmpty()) {
      notes.add(
          "%d more function(s) use this provider and were not read (at most %d per call): %s; name one with function_name."
              .formatted(
                  functions.notRead().size(),
                  FunctionReader.MAX_FUNCTIONS,
                  String.join(", ", functions.notRead())));
    }
    Optional<NetworkView> network =
        provider.subnetIds().isEmpty()
            ? Optional.empty()
            : Optional.of(new NetworkReader(calls, clients.ec2()).read(provider, region));
    Optional<OperatorRoleView> role = new OperatorRoleReader(calls, clients.iam()).read(provider);
    Optional<RecentMetrics> metrics =
        new MetricsReader(new MetricReader(calls, clients.cloudWatch()))
            .read(provider, functions.read(), clock.instant());

    findings.addAll(FunctionChecks.provider(provider, network));
    role.ifPresent(r -> findings.addAll(RoleChecks.check(provider, r)));
    network.ifPresent(n -> findings.addAll(NetworkChecks.check(provider, n, region)));
    for (FunctionView function : functions.read()) {
      findings.addAll(FunctionChecks.function(provider, function, region));
    }
    metrics.ifPresent(
        m -> findings.addAll(MetricChecks.check(provider, functions.read(), m, region)));
    Optional<String> cause =
        LikelyCause.of(provider, functions.read(), network, role, calls.deniedActions());
    return report(
        region,
        provider.state(),
        resolution,
        functions.read(),
        network,
        role,
        metrics,
        findings,
        cause,
        notes,
        calls);
  }

  private static DeploymentReport report(
      String region,
      String state,
      ProviderReader.Resolution resolution,
      List<FunctionView> functions,
      Optional<NetworkView> network,
      Optional<OperatorRoleView> role,
      Optional<RecentMetrics> metrics,
      List<Finding> findings,
      Optional<String> cause,
      List<String> notes,
      AccountCalls calls) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(accessFindings(calls.records()));
    if (calls.budgetReached()) {
      calls.records().stream()
          .filter(r -> r.outcome() == CallOutcome.SKIPPED)
          .findFirst()
          .ifPresent(
              r ->
                  all.add(
                      Finding.of(
                          LiveRule.INCOMPLETE,
                          r.target(),
                          "The report is incomplete: "
                              + r.detail().orElse("calls were skipped")
                              + ". Name the capacity provider or function to read less, or raise"
                              + " the limit.")));
    }
    all.sort(Comparator.comparing(Finding::severity));
    return new DeploymentReport(
        region,
        state,
        resolution.provider(),
        functions,
        network,
        role,
        metrics,
        all,
        cause,
        resolution.others(),
        calls.deniedActions(),
        notes,
        calls.records(),
        calls.auditId());
  }

  /** One finding per refused call, naming the IAM action and what the report lacks without it. */
  static List<Finding> accessFindings(List<CallRecord> records) {
    List<Finding> findings = new ArrayList<>();
    for (CallRecord record : records) {
      if (record.outcome() != CallOutcome.ACCESS_DENIED) {
        continue;
      }
      AwsOperation operation = AwsOperation.forIamAction(record.iamAction());
      findings.add(
          Finding.of(
              LiveRule.ACCESS_DENIED,
              record.target(),
              "AWS refused %s %s: grant %s (the read-only policy in the README lists every action"
                      .formatted(record.service(), record.operation(), record.iamAction())
                  + " these tools call). Without it the report lacks "
                  + operation.reads()
                  + "."));
    }
    return findings;
  }
}
