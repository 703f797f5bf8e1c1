package dev.lmiadvisor.server.tools.sandbox;

import static dev.lmiadvisor.server.inventory.Schema.enumOf;

import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.Schema;

/** What the sandbox tools share. */
final class SandboxInputs {

  static final String TOOLSET = "sandbox";

  /** Sends requests to AWS when executed, may change resources: never read-only or idempotent. */
  static final Hints AWS_CHANGES = new Hints(false, true, false, true);

  private SandboxInputs() {}

  static Schema decision() {
    return enumOf(
        "allowed, requires_confirmation (a person must confirm before it runs), pending_approval"
            + " (waiting for a person in the web console) or denied.",
        "allowed",
        "requires_confirmation",
        "pending_approval",
        "denied");
  }
}
