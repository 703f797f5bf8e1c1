package dev.lmiadvisor.tools.sandbox.policy;

import java.util.List;

/**
 * Whether an operation only reads. Decided from the AWS naming convention for read operations, and
 * failing closed: an operation whose name does not start with one of these verbs counts as a change
 * and needs confirmation. Reads that disclose credentials or secrets ({@code GetSessionToken},
 * {@code GetSecretValue}) are refused by their own rules before this applies.
 */
public final class OperationKind {

  private static final List<String> READ_VERBS =
      List.of(
          "Get",
          "List",
          "Describe",
          "Head",
          "Lookup",
          "Search",
          "Filter",
          "Test",
          "Simulate",
          "BatchGet",
          "Decode");

  private OperationKind() {}

  /** True when the model operation name starts with a read verb followed by a capital letter. */
  public static boolean isReadOnly(String operationName) {
    for (String verb : READ_VERBS) {
      if (operationName.startsWith(verb)
          && operationName.length() > verb.length()
          && Character.isUpperCase(operationName.charAt(verb.length()))) {
        return true;
      }
    }
    return false;
  }
}
