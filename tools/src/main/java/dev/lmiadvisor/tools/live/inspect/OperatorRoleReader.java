package dev.lmiadvisor.tools.live.inspect;

import dev.lmiadvisor.tools.live.AccountCalls;
import dev.lmiadvisor.tools.live.AwsOperation;
import dev.lmiadvisor.tools.live.CallResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;

/** Reads the operator role: its trust policy and the managed policies attached to it. */
final class OperatorRoleReader {

  private final AccountCalls calls;
  private final IamClient iam;

  OperatorRoleReader(AccountCalls calls, IamClient iam) {
    this.calls = calls;
    this.iam = iam;
  }

  Optional<OperatorRoleView> read(ProviderView provider) {
    String arn = provider.operatorRoleArn();
    if (arn == null || arn.isEmpty()) {
      return Optional.empty();
    }
    // arn:aws:iam::ACCOUNT:role/PATH/NAME: the name is the last segment.
    String name = arn.substring(arn.lastIndexOf('/') + 1);
    CallResult<GetRoleResponse> role =
        calls.call(
            AwsOperation.GET_ROLE,
            name,
            GetRoleRequest.builder().roleName(name).build(),
            iam::getRole);
    if (role.notFound()) {
      return Optional.of(
          new OperatorRoleView(name, arn, false, Optional.empty(), List.of(), Optional.empty()));
    }
    Optional<TrustPolicy.Reading> trust =
        role.value().flatMap(r -> TrustPolicy.read(r.role().assumeRolePolicyDocument()));
    return Optional.of(
        new OperatorRoleView(
            name,
            arn,
            true,
            trust.map(TrustPolicy.Reading::trustsLambda),
            trust.map(TrustPolicy.Reading::conditionKeys).orElse(List.of()),
            attachedPolicies(name)));
  }

  private Optional<List<String>> attachedPolicies(String role) {
    List<String> names = new ArrayList<>();
    String marker = null;
    for (int page = 0; page < calls.maxPages(); page++) {
      CallResult<ListAttachedRolePoliciesResponse> result =
          calls.call(
              AwsOperation.LIST_ATTACHED_ROLE_POLICIES,
              role,
              ListAttachedRolePoliciesRequest.builder().roleName(role).marker(marker).build(),
              iam::listAttachedRolePolicies);
      if (result.value().isEmpty()) {
        return page == 0 ? Optional.empty() : Optional.of(names);
      }
      result.value().get().attachedPolicies().stream()
          .map(AttachedPolicy::policyName)
          .forEach(names::add);
      if (!Boolean.TRUE.equals(result.value().get().isTruncated())) {
        break;
      }
      marker = result.value().get().marker();
    }
    return Optional.of(names);
  }
}
