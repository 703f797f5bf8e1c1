package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.tools.review.Severity;

/**
 * Rules that only a live account can check: the state AWS reports, what AWS refused to show, the
 * network as it is routed and the metrics it recorded. Rules that a template can state too keep
 * their {@code review_configuration} id ({@link
 * dev.lmiadvisor.tools.review.config.ConfigurationRule}). Sources were read on 2026-12-01 unless
 * marked otherwise.
 */
public enum LiveRule {
  ACCESS_DENIED(
      "LIVE-ACCESS-DENIED",
      Severity.WARNING,
      "AWS refused a read; that part of the deployment is not in the report",
      "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html"),
  INCOMPLETE(
      "LIVE-INCOMPLETE",
      Severity.WARNING,
      "The call or time budget of the tool call ran out; later reads were skipped",
      ""),
  NO_CAPACITY_PROVIDER(
      "LIVE-NO-PROVIDER",
      Severity.INFO,
      "No capacity provider in the Region",
      "https://docs.aws.amazon.com/lambda/latest/api/API_ListCapacityProviders.html"),
  NOT_ON_LMI(
      "LIVE-NOT-LMI",
      Severity.INFO,
      "The function is not attached to a capacity provider",
      "https://docs.aws.amazon.com/lambda/latest/api/API_CapacityProviderConfig.html"),
  PROVIDER_NOT_ACTIVE(
      "LIVE-PROVIDER-STATE",
      Severity.ERROR,
      "Capacity provider not Active (Pending, Failed or Deleting)",
      "https://docs.aws.amazon.com/lambda/latest/api/API_CapacityProvider.html"),
  VERSION_NOT_ACTIVE(
      "LIVE-VERSION-STATE",
      Severity.ERROR,
      "Published function version not Active",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-troubleshooting.html"),
  OPERATOR_ROLE_MISSING(
      "LIVE-OPERATOR-ROLE-MISSING",
      Severity.ERROR,
      "The operator role of the capacity provider does not exist",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-operator-role.html"),
  OPERATOR_TRUST_MISSING(
      "LIVE-OPERATOR-TRUST-MISSING",
      Severity.ERROR,
      "The operator role's trust policy does not let lambda.amazonaws.com assume it",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-operator-role.html"),
  NO_EGRESS_PATH(
      "LIVE-NO-EGRESS",
      Severity.ERROR,
      "Subnets with neither a route to a NAT gateway nor VPC endpoints",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-networking.html"),
  HTTPS_EGRESS_BLOCKED(
      "LIVE-EGRESS-443",
      Severity.ERROR,
      "No security group of the provider allows TCP 443 out",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-networking.html"),
  PUBLIC_SUBNET(
      "LIVE-PUBLIC-SUBNET",
      Severity.WARNING,
      "Subnet whose default route is an internet gateway",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-networking.html"),
  THROTTLES(
      "LIVE-THROTTLES",
      Severity.WARNING,
      "Throttled invocations (HTTP 429) in the period read",
      "https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html"),
  CPU_HIGH(
      "LIVE-CPU-HIGH",
      Severity.WARNING,
      "Capacity provider CPU above 80% in an hour of the period read",
      "LMI Advisor reference configuration-guide (alarm thresholds, ours);"
          + " https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-monitoring.html");

  private final String id;
  private final Severity severity;
  private final String title;
  private final String source;

  LiveRule(String id, Severity severity, String title, String source) {
    this.id = id;
    this.severity = severity;
    this.title = title;
    this.source = source;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }

  public String source() {
    return source;
  }
}
