package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.Decision;

/**
 * A policy decision with the rule that made it and a reason a person can act on.
 *
 * @param unsafeOverride true when an operator rule loosened a built-in denial under the unsafe
 *     flag; such decisions are marked in the audit log
 */
public record Verdict(Decision decision, String rule, String reason, boolean unsafeOverride) {

  public static Verdict deny(String rule, String reason) {
    return new Verdict(Decision.DENIED, rule, reason, false);
  }

  public static Verdict confirm(String rule, String reason) {
    return new Verdict(Decision.REQUIRES_CONFIRMATION, rule, reason, false);
  }

  public static Verdict allow(String rule, String reason) {
    return new Verdict(Decision.ALLOWED, rule, reason, false);
  }
}
