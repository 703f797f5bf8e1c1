package dev.lmiadvisor.server.inventory;

import java.util.Map;
import java.util.Optional;

/**
 * Who is calling a tool and what their client can do.
 *
 * @param transport {@code stdio}, {@code http}, {@code http-stateless}, {@code cli}, {@code slack}
 *     or {@code web} (the web console's calculators)
 * @param clientName the client's self-reported name, when known
 * @param confirmer asks the person to confirm an action, when the client can ask (MCP elicitation,
 *     a Slack button); empty when it cannot
 * @param identity what the front-end knows of the person, for the audit log (for Slack: {@code
 *     team_id}, {@code channel_id}, {@code user_id}); empty when nothing is known
 */
public record Caller(
    String transport,
    String clientName,
    Optional<Confirmer> confirmer,
    Map<String, String> identity) {

  public Caller {
    identity = Map.copyOf(identity);
  }

  public Caller(String transport, String clientName, Optional<Confirmer> confirmer) {
    this(transport, clientName, confirmer, Map.of());
  }

  /** What a person answered when asked to confirm. */
  public record Confirmation(boolean accepted, Map<String, String> approver) {
    public Confirmation {
      approver = Map.copyOf(approver);
    }

    public static Confirmation declined() {
      return new Confirmation(false, Map.of());
    }
  }

  /** Asks a person whether to go ahead. */
  @FunctionalInterface
  public interface Confirmer {
    /**
     * @return true only when the person explicitly accepted
     */
    boolean confirm(String question);

    /**
     * Asks, and says who answered: a front-end where someone other than the requester may approve
     * (Slack's approvers list) overrides this to name the approver for the audit log.
     */
    default Confirmation ask(String question) {
      return new Confirmation(confirm(question), Map.of());
    }
  }

  public static Caller commandLine() {
    return new Caller("cli", "lmi-advisor", Optional.empty());
  }
}
