package dev.lmiadvisor.tools.sandbox;

import java.util.Map;

/**
 * Who asked, as the audit log records it.
 *
 * @param name the client's self-reported name (e.g. {@code claude-code}), or {@code unknown}
 * @param transport {@code stdio}, {@code http}, {@code http-stateless}, {@code cli} or {@code
 *     slack}
 * @param attributes what the front-end knows of the person (for Slack: {@code team_id}, {@code
 *     channel_id}, {@code user_id}); empty when nothing is known
 */
public record ClientIdentity(String name, String transport, Map<String, String> attributes) {

  public ClientIdentity {
    attributes = Map.copyOf(attributes);
  }

  public ClientIdentity(String name, String transport) {
    this(name, transport, Map.of());
  }
}
