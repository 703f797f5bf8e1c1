package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import java.util.List;
import java.util.Optional;

/**
 * Refuses commands that would blind the account's own audit trail (CloudTrail stopped, deleted or
 * narrowed; log groups, streams or their forwarding deleted) and leaving the organization, which
 * removes the account from organization-wide guard rails.
 */
final class AuditTrailRules {

  static final String AUDIT_TAMPERING = "audit-tampering";
  static final String ORGANIZATION_EXIT = "organization-exit";

  private AuditTrailRules() {}

  static List<PolicyRule> rules() {
    return List.of(
        Rule.deny(AUDIT_TAMPERING, (c, x) -> tampering(c)),
        Rule.deny(ORGANIZATION_EXIT, (c, x) -> organizationExit(c)));
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
    if (c.is("cloudtrail", "UpdateTrail")) {
      for (String setting :
          List.of("EnableLogFileValidation", "IsMultiRegionTrail", "IncludeGlobalServiceEvents")) {
        if (Boolean.FALSE.equals(c.valueAt(setting))) {
          return Optional.of(
              "cloudtrail update-trail with "
                  + setting
                  + "=false narrows or weakens the audit trail");
        }
      }
    }
    if (c.is("cloudtrail", "PutEventSelectors")) {
      if (c.valuesAt("EventSelectors.IncludeManagementEvents").contains(Boolean.FALSE)) {
        return Optional.of(
            "an event selector without management events stops recording control-plane calls");
      }
      for (String type : c.stringsAt("EventSelectors.ReadWriteType")) {
        if (!type.equals("All")) {
          return Optional.of(
              "an event selector with ReadWriteType "
                  + type
                  + " stops recording half of the calls");
        }
      }
    }
    if (c.is("logs", "DeleteLogGroup", "DeleteLogStream", "DeleteSubscriptionFilter")) {
      return Optional.of(
          "logs "
              + c.operation().cliName()
              + " deletes logs or stops their forwarding; set a retention policy instead (aws logs put-retention-policy)");
    }
    return Optional.empty();
  }

  private static Optional<String> organizationExit(ParsedCommand c) {
    if (c.is("organizations", "LeaveOrganization", "DeleteOrganization")) {
      return Optional.of(
          "organizations "
              + c.operation().cliName()
              + " removes the account from the organization's guard rails (service control policies, organization trail)");
    }
    return Optional.empty();
  }
}
