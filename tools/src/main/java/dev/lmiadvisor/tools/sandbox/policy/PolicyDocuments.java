package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.bind.CliJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads IAM-style policy documents (identity policies, trust policies, bucket and resource
 * policies) for the two things the sandbox refuses: statements that grant everything, and
 * statements open to any principal. A document that cannot be read is refused too: the sandbox does
 * not let through what it cannot check.
 */
final class PolicyDocuments {

  private PolicyDocuments() {}

  /** Why the document grants administrator-like rights, if it does. */
  static Optional<String> adminGrant(String document) {
    for (Map<?, ?> statement : allowStatements(document)) {
      if (statement.containsKey("NotAction")) {
        return Optional.of(
            "an Allow statement with NotAction grants every action except the listed ones");
      }
      for (String action : strings(statement.get("Action"))) {
        String a = action.toLowerCase(Locale.ROOT);
        if (a.equals("*")
            || a.startsWith("*:")
            || a.equals("iam:*")
            || a.equals("sts:*")
            || a.equals("organizations:*")) {
          return Optional.of("it allows the action '" + action + "'");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Why an Allow statement is open to anyone, if one is: a {@code *} principal (or {@code AWS: *})
   * without any condition, or a {@code NotPrincipal}.
   */
  static Optional<String> publicPrincipal(String document) {
    for (Map<?, ?> statement : allowStatements(document)) {
      if (statement.containsKey("NotPrincipal")) {
        return Optional.of(
            "an Allow statement with NotPrincipal applies to every principal but the listed ones");
      }
      if (isEveryone(statement.get("Principal")) && !hasCondition(statement)) {
        return Optional.of("an Allow statement has the principal \"*\" and no condition");
      }
    }
    return Optional.empty();
  }

  private static boolean hasCondition(Map<?, ?> statement) {
    return statement.get("Condition") instanceof Map<?, ?> condition && !condition.isEmpty();
  }

  private static boolean isEveryone(Object principal) {
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

  private static List<Map<?, ?>> allowStatements(String document) {
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
    List<Map<?, ?>> allows = new ArrayList<>();
    for (Object statement : list) {
      if (!(statement instanceof Map<?, ?> map)) {
        throw new UnreadableDocument("a Statement entry is not a JSON object");
      }
      Object effect = map.get("Effect");
      if (!(effect instanceof String e) || !(e.equals("Allow") || e.equals("Deny"))) {
        throw new UnreadableDocument("a statement has no Effect of Allow or Deny");
      }
      if (e.equals("Allow")) {
        allows.add(map);
      }
    }
    return allows;
  }

  private static List<String> strings(Object value) {
    if (value instanceof String s) {
      return List.of(s);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    return List.of();
  }

  /** A policy document the sandbox could not read; the command is refused. */
  static final class UnreadableDocument extends RuntimeException {
    UnreadableDocument(String message) {
      super(message, null, false, false);
    }
  }
}
