package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import dev.lmiadvisor.tools.sandbox.bind.RequestView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Refuses commands that would blind the account's own audit trail, and commands that take an
 * account out of its organization's guard rails:
 *
 * <ul>
 *   <li>CloudTrail stopped, deleted or narrowed: a trail or event data store stopped or deleted; a
 *       trail or store made single-region, account-only, or without log file validation or global
 *       service events; event selectors that drop management events, record only reads or writes,
 *       or exclude event sources. Selectors are completed with the API's defaults first ({@code
 *       IncludeManagementEvents} true, {@code ReadWriteType} All: EventSelector, AWS CloudTrail API
 *       Reference,
 *       https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_EventSelector.html, as of
 *       2026-12-01);
 *   <li>log groups, streams or their forwarding deleted;
 *   <li>trusted access of CloudTrail or AWS Config switched off for the organization;
 *   <li>leaving or deleting the organization, removing an account from it ({@code
 *       organization-exit}), and removing service or resource control policies ({@code
 *       scp-removal}).
 * </ul>
 */
final class AuditTrailRules {

  static final String AUDIT_TAMPERING = "audit-tampering";
  static final String ORGANIZATION_EXIT = "organization-exit";
  static final String SCP_REMOVAL = "scp-removal";

  private static final Set<String> AUDIT_SERVICE_PRINCIPALS =
      Set.of(
          "cloudtrail.amazonaws.com",
          "config.amazonaws.com",
          "config-multiaccountsetup.amazonaws.com");
  private static final Set<String> GUARD_RAIL_POLICY_TYPES =
      Set.of("SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY");

  private AuditTrailRules() {}

  static List<PolicyRule> rules() {
    return List.of(
        Rule.deny(AUDIT_TAMPERING, (c, x) -> tampering(c)),
        Rule.deny(ORGANIZATION_EXIT, (c, x) -> organizationExit(c)),
        Rule.deny(SCP_REMOVAL, (c, x) -> scpRemoval(c)));
  }

  private static Optional<String> tampering(ParsedCommand c) {
    if (c.is(
        "cloudtrail",
        "StopLogging",
        "DeleteTrail",
        "DeleteEventDataStore",
        "StopEventDataStoreIngestion")) {
      return Optional.of(
          "cloudtrail " + c.operation().cliName() + " stops or deletes the account's audit trail");
    }
    if (c.is("cloudtrail", "UpdateTrail", "UpdateEventDataStore")) {
      for (String setting :
          List.of(
              "EnableLogFileValidation",
              "IsMultiRegionTrail",
              "IncludeGlobalServiceEvents",
              "IsOrganizationTrail",
              "MultiRegionEnabled",
              "OrganizationEnabled",
              "TerminationProtectionEnabled")) {
        if (Boolean.FALSE.equals(c.valueAt(setting))) {
          return Optional.of(
              "cloudtrail "
                  + c.operation().cliName()
                  + " with "
                  + setting
                  + "=false narrows or weakens the audit trail");
        }
      }
      if (c.isSet("AdvancedEventSelectors")) {
        return advancedSelectors(c);
      }
    }
    if (c.is("cloudtrail", "PutEventSelectors")) {
      if (c.isSet("AdvancedEventSelectors")) {
        return advancedSelectors(c);
      }
      List<Object> selectors = c.valuesAt("EventSelectors");
      if (selectors.isEmpty()) {
        return Optional.of("event selectors without any selector stop recording every call");
      }
      for (Object selector : selectors) {
        SdkPojo s = (SdkPojo) selector;
        if (Boolean.FALSE.equals(RequestView.valueAt(s, "IncludeManagementEvents"))) {
          return Optional.of(
              "an event selector without management events stops recording control-plane calls");
        }
        Object type = RequestView.valueAt(s, "ReadWriteType");
        if (type != null && !type.equals("All")) {
          return Optional.of(
              "an event selector with ReadWriteType "
                  + type
                  + " stops recording half of the calls");
        }
        if (RequestView.isSet(s, "ExcludeManagementEventSources")) {
          return Optional.of(
              "an event selector that excludes "
                  + RequestView.stringsAt(s, "ExcludeManagementEventSources")
                  + " stops recording those services' management events");
        }
      }
    }
    if (c.is("logs", "DeleteLogGroup", "DeleteLogStream", "DeleteSubscriptionFilter")) {
      return Optional.of(
          "logs "
              + c.operation().cliName()
              + " deletes logs or stops their forwarding; set a retention policy instead (aws logs put-retention-policy)");
    }
    if (c.is("organizations", "DisableAWSServiceAccess")
        && AUDIT_SERVICE_PRINCIPALS.contains(String.valueOf(c.valueAt("ServicePrincipal")))) {
      return Optional.of(
          "switching off "
              + c.valueAt("ServicePrincipal")
              + " for the organization stops its organization-wide trail or recorder");
    }
    return Optional.empty();
  }

  /**
   * Advanced event selectors replace the basic ones: management events stay recorded only when one
   * selector takes them all ({@code eventCategory} equals {@code Management} and nothing else).
   */
  private static Optional<String> advancedSelectors(ParsedCommand c) {
    for (Object selector : c.valuesAt("AdvancedEventSelectors")) {
      List<Object> fields = RequestView.valuesAt((SdkPojo) selector, "FieldSelectors");
      if (fields.size() == 1) {
        SdkPojo field = (SdkPojo) fields.getFirst();
        if ("eventCategory".equals(RequestView.valueAt(field, "Field"))
            && RequestView.stringsAt(field, "Equals").equals(List.of("Management"))
            && RequestView.valuesAt(field, "NotEquals").isEmpty()
            && RequestView.valuesAt(field, "StartsWith").isEmpty()
            && RequestView.valuesAt(field, "NotStartsWith").isEmpty()
            && RequestView.valuesAt(field, "EndsWith").isEmpty()
            && RequestView.valuesAt(field, "NotEndsWith").isEmpty()) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(
        "the advanced event selectors do not record every management event (one selector must have eventCategory equal to Management and no other condition)");
  }

  private static Optional<String> organizationExit(ParsedCommand c) {
    if (c.is(
        "organizations",
        "LeaveOrganization",
        "DeleteOrganization",
        "RemoveAccountFromOrganization")) {
      return Optional.of(
          "organizations "
              + c.operation().cliName()
              + " removes an account from the organization's guard rails (service control policies, organization trail)");
    }
    return Optional.empty();
  }

  private static Optional<String> scpRemoval(ParsedCommand c) {
    if (c.is("organizations", "DisablePolicyType")
        && GUARD_RAIL_POLICY_TYPES.contains(String.valueOf(c.valueAt("PolicyType")))) {
      return Optional.of(
          "disabling "
              + c.valueAt("PolicyType")
              + " removes every such policy from the organization's accounts");
    }
    if (c.is("organizations", "DetachPolicy", "DeletePolicy")) {
      return Optional.of(
          "organizations "
              + c.operation().cliName()
              + " removes an organization policy, which may be a service control policy guarding the accounts; change policies through your organization's own process");
    }
    return Optional.empty();
  }
}
