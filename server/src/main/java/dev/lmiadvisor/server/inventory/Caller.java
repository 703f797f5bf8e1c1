package dev.lmiadvisor.server.inventory;

import java.util.Optional;

/**
 * Who is calling a tool and what their client can do.
 *
 * @param transport {@code stdio}, {@code http}, {@code cli} or {@code slack}
 * @param clientName the client's self-reported name, when known
 * @param confirmer asks the person to confirm an action, when the client can ask (MCP elicitation,
 *     a Slack button); empty when it cannot
 */
public record Caller(String transport, String clientName, Optional<Confirmer> confirmer) {

  /** Asks a person whether to go ahead. */
  @FunctionalInterface
  public interface Confirmer {
    /**
     * @return true only when the person explicitly accepted
     */
    boolean confirm(String question);
  }

  public static Caller commandLine() {
    return new Caller("cli", "lmi-advisor", Optional.empty());
  }
}
