package dev.lmiadvisor.tools.live.inspect;

import java.util.List;
import java.util.Optional;

/**
 * The operator role of the capacity provider, as IAM returned it.
 *
 * @param exists false when IAM answered that the role does not exist
 * @param trustsLambda whether an Allow statement of the trust policy lets {@code
 *     lambda.amazonaws.com} call {@code sts:AssumeRole}; empty when GetRole was refused
 * @param trustConditionKeys the condition keys of that statement, e.g. {@code aws:SourceAccount}
 * @param attachedPolicies the managed policies attached, by name; empty when the list was refused
 */
public record OperatorRoleView(
    String roleName,
    String roleArn,
    boolean exists,
    Optional<Boolean> trustsLambda,
    List<String> trustConditionKeys,
    Optional<List<String>> attachedPolicies) {}
