package dev.lmiadvisor.tools.sandbox;

import dev.lmiadvisor.errors.UserInputException;

/** What the sandbox decided about one command. Order matters: a stronger decision wins. */
public enum Decision {
  ALLOWED("allowed"),
  REQUIRES_CONFIRMATION("requires_confirmation"),
  /**
   * Not a verdict of the policy but of the confirmation: a change that needs a person, from a
   * client that cannot ask one, waits for a decision in the web console ({@code
   * LMI_ADVISOR_WEB_APPROVALS=true}). Ranked below a denial, so a denial always wins.
   */
  PENDING_APPROVAL("pending_approval"),
  DENIED("denied");

  private final String wire;

  Decision(String wire) {
    this.wire = wire;
  }

  /** The snake_case value of the SPEC ({@code allowed}, {@code requires_confirmation}, ...). */
  public String wire() {
    return wire;
  }

  public static Decision fromWire(String value) {
    for (Decision d : values()) {
      if (d.wire.equals(value)) {
        return d;
      }
    }
    throw new UserInputException(
        "unknown decision '"
            + value
            + "'; use allowed, requires_confirmation, pending_approval or denied");
  }

  /** The stronger of two decisions: deny beats confirmation beats allow. */
  public Decision strongest(Decision other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  @Override
  public String toString() {
    return wire;
  }
}
