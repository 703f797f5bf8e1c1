package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.CliJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads IAM-style policy documents (identity, trust, bucket and resource policies) for what they
 * mean: which actions an Allow covers once its wildcards are expanded against the {@link
 * ActionCatalog}, and whether its principal is anyone once its conditions are read. A document that
 * cannot be read is refused too: the sandbox does not let through what it cannot check.
 */
final class PolicyDocuments {

  /**
   * Actions through which a principal grants itself more: changing policies, credentials, trust,
   * boundaries or the organization's guard rails. Sources: "AWS IAM Privilege Escalation – Methods
   * and Mitigation", Rhino Security Labs (the 21 methods), and the IAM and AWS Organizations pages
   * of the Service Authorization Reference, as of 2026-12-01.
   */
  static final Set<String> ESCALATION =
      caseInsensitive(
          "iam:AttachUserPolicy",
          "iam:AttachGroupPolicy",
          "iam:AttachRolePolicy",
          "iam:PutUserPolicy",
          "iam:PutGroupPolicy",
          "iam:PutRolePolicy",
          "iam:CreatePolicyVersion",
          "iam:SetDefaultPolicyVersion",
          "iam:CreateAccessKey",
          "iam:CreateLoginProfile",
          "iam:UpdateLoginProfile",
          "iam:UpdateAssumeRolePolicy",
          "iam:AddUserToGroup",
          "iam:PutUserPermissionsBoundary",
          "iam:PutRolePermissionsBoundary",
          "iam:DeleteUserPermissionsBoundary",
          "iam:DeleteRolePermissionsBoundary",
          "organizations:LeaveOrganization",
          "organizations:DeleteOrganization",
          "organizations:RemoveAccountFromOrganization",
          "organizations:DetachPolicy",
          "organizations:DeletePolicy",
          "organizations:DisablePolicyType",
          "organizations:UpdatePolicy");

  private PolicyDocuments() {}

  private static Set<String> caseInsensitive(String... names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(List.of(names));
    return set;
  }

  /** Why an identity policy grants administrator-like or escalating rights, if it does. */
  static Optional<String> adminGrant(String document) {
    ActionCatalog catalog = ActionCatalog.get();
    List<Statement> allows = allowStatements(document);
    boolean passesAnyRole = false;
    String consumer = null;
    for (Statement statement : allows) {
      if (statement.has("NotAction")) {
        return Optional.of(
            "an Allow statement with NotAction grants every action except the listed ones");
      }
      for (String pattern : statement.strings("Action")) {
        if (pattern.equals("*") || pattern.toLowerCase(Locale.ROOT).startsWith("*:")) {
          return Optional.of("it allows every action ('" + pattern + "')");
        }
        Set<String> covered = catalog.expand(pattern);
        for (String action : covered) {
          if (ESCALATION.contains(action)) {
            return Optional.of(
                "it allows "
                    + action
                    + (action.equalsIgnoreCase(pattern) ? "" : " (through '" + pattern + "')")
                    + ", with which a principal grants itself more rights");
          }
          if (action.equalsIgnoreCase("sts:AssumeRole") && statement.anyResource()) {
            return Optional.of(
                "it allows sts:AssumeRole"
                    + (action.equalsIgnoreCase(pattern) ? "" : " (through '" + pattern + "')")
                    + " on every role");
          }
          if (action.equalsIgnoreCase("iam:PassRole") && statement.anyRole()) {
            passesAnyRole = true;
          }
          if (consumer == null && catalog.isRoleConsumer(action)) {
            consumer = action;
          }
        }
      }
    }
    if (passesAnyRole && consumer != null) {
      return Optional.of(
          "it allows iam:PassRole on any role together with "
              + consumer
              + ", so the principal can run code with any role, including an administrator's");
    }
    return Optional.empty();
  }

  /**
   * Why an Allow statement is open to anyone, if one is: a {@code *} principal whose conditions do
   * not restrict it to named accounts, organizations or sources ({@link Conditions}), or a {@code
   * NotPrincipal}.
   */
  static Optional<String> publicPrincipal(String document) {
    for (Statement statement : allowStatements(document)) {
      if (statement.has("NotPrincipal")) {
        return Optional.of(
            "an Allow statement with NotPrincipal applies to every principal but the listed ones");
      }
      if (isEveryone(statement.fields().get("Principal"))) {
        Optional<String> restriction = Conditions.restriction(statement.fields().get("Condition"));
        if (restriction.isEmpty()) {
          return Optional.of(
              "an Allow statement has the principal \"*\" and no condition that limits it to named accounts, organizations or sources (such as aws:PrincipalOrgID or aws:SourceAccount with literal values)");
        }
      }
    }
    return Optional.empty();
  }

  static boolean isEveryone(Object principal) {
    if (principal instanceof String s) {
      return s.equals("*");
    }
    if (principal instanceof Map<?, ?> map) {
      for (Object value : map.values()) {
        if (strings(value).contains("*")) {
          return true;
        }
      }
    }
    return false;
  }

  /** One statement of a document. */
  record Statement(Map<?, ?> fields) {
    boolean has(String key) {
      return fields.containsKey(key);
    }

    List<String> strings(String key) {
      return PolicyDocuments.strings(fields.get(key));
    }

    /** The statement applies to every resource ({@code *} or {@code NotResource}). */
    boolean anyResource() {
      return has("NotResource") || strings("Resource").contains("*");
    }

    /**
     * The statement covers any role: every resource, or an ARN whose role name is a wildcard
     * ({@code arn:aws:iam::*:role/*}, {@code ...:role/service-role/*}).
     */
    boolean anyRole() {
      if (anyResource()) {
        return true;
      }
      for (String resource : strings("Resource")) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        if (name.startsWith("*") || (!resource.contains("/") && resource.endsWith("*"))) {
          return true;
        }
      }
      return false;
    }
  }

  private static List<Statement> allowStatements(String document) {
    Object parsed;
    try {
      parsed = CliJson.parse(document);
    } catch (IllegalArgumentException e) {
      throw new UnreadableDocument(
          "the policy document is not valid JSON (" + e.getMessage() + ")");
    }
    if (!(parsed instanceof Map<?, ?> root)) {
      throw new UnreadableDocument("the policy document is not a JSON object");
    }
    Object statements = root.get("Statement");
    List<Object> list = new ArrayList<>();
    if (statements instanceof List<?> l) {
      list.addAll(l);
    } else if (statements != null) {
      list.add(statements);
    }
    List<Statement> allows = new ArrayList<>();
    for (Object statement : list) {
      if (!(statement instanceof Map<?, ?> map)) {
        throw new UnreadableDocument("a Statement entry is not a JSON object");
      }
      Object effect = map.get("Effect");
      if (!(effect instanceof String e) || !(e.equals("Allow") || e.equals("Deny"))) {
        throw new UnreadableDocument("a statement has no Effect of Allow or Deny");
      }
      if (e.equals("Allow")) {
        allows.add(new Statement(map));
      }
    }
    return allows;
  }

  static List<String> strings(Object value) {
    if (value instanceof String s) {
      return List.of(s);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  /** Whether a text looks like a policy document (a JSON object with a Statement). */
  static boolean looksLikeDocument(String text) {
    String t = text.strip();
    return t.startsWith("{") && t.contains("\"Statement\"");
  }

  /** A policy document the sandbox could not read; the command is refused. */
  static final class UnreadableDocument extends RuntimeException {
    UnreadableDocument(String message) {
      super(message, null, false, false);
    }
  }
}
