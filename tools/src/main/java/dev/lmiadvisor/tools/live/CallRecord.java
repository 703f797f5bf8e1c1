package dev.lmiadvisor.tools.live;

import java.util.Optional;

/**
 * One AWS call made (or skipped) by a live-account tool, as its report lists it.
 *
 * @param service {@code lambda}, {@code ec2}, {@code iam} or {@code cloudwatch}
 * @param operation the API operation, e.g. {@code GetCapacityProvider}
 * @param target what the call was about (a capacity provider, a function version, a VPC)
 * @param iamAction the IAM action this call needs; the one to grant when the outcome is {@code
 *     access_denied}
 * @param detail AWS's error code and message when the call did not succeed, secrets masked
 */
public record CallRecord(
    String service,
    String operation,
    String target,
    CallOutcome outcome,
    String iamAction,
    Optional<String> detail,
    long durationMs) {}
