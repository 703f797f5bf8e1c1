package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.live.CallRecord;
import dev.lmiadvisor.tools.live.Finding;
import java.util.List;
import java.util.Optional;

/**
 * inspect_deployment's answer: what the account shows, what is wrong with it, the likely cause of a
 * provider or version that is not Active, and every AWS call made.
 *
 * @param state the capacity provider's state ({@code Pending}, {@code Active}, {@code Failed},
 *     {@code Deleting}), or {@code none} (no provider in the Region), {@code not_lmi} (the named
 *     function has no capacity provider) or {@code unknown} (AWS refused the read)
 * @param likelyCause why the provider or a version is not Active, in the order the troubleshooting
 *     reference checks (operator role, then the network, then the version's reason code); empty
 *     when everything is Active
 * @param otherCapacityProviders the Region's other providers with their states, when none was named
 * @param missingPermissions the IAM actions AWS refused; grant them to see the rest
 * @param notes what the report could not cover (functions beyond the limit, skipped calls)
 * @param auditId the id of this call's records in the audit log
 */
public record DeploymentReport(
    String region,
    String state,
    Optional<ProviderView> capacityProvider,
    List<FunctionView> functions,
    Optional<NetworkView> network,
    Optional<OperatorRoleView> operatorRole,
    Optional<RecentMetrics> metrics,
    List<Finding> findings,
    Optional<String> likelyCause,
    List<String> otherCapacityProviders,
    List<String> missingPermissions,
    List<String> notes,
    List<CallRecord> calls,
    String auditId) {

  public DeploymentReport {
    functions = List.copyOf(functions);
    findings = List.copyOf(findings);
    otherCapacityProviders = List.copyOf(otherCapacityProviders);
    missingPermissions = List.copyOf(missingPermissions);
    notes = List.copyOf(notes);
    calls = List.copyOf(calls);
  }
}
