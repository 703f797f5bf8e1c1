package dev.lmiadvisor.tools.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened in one sandbox call, as the audit log records it. Secrets must already be masked in
 * {@code command} and {@code reason}.
 *
 * @param attemptId one id per tool call; an execution writes two records with the same id (one
 *     before the AWS call, one after)
 * @param type {@code call} (the outcome of an attempt), {@code execution_started} (written before a
 *     request is sent to AWS, so that no execution goes unrecorded), or a step of a web approval
 *     under the asking call's id: {@code approval_decided} (a person approved or denied it in the
 *     console) and {@code approval_expired} (nobody did in time)
 * @param transport how the client is connected: {@code stdio}, {@code http}, {@code cli}, {@code
 *     slack}
 * @param clientAttributes what the front-end knows of the requester (Slack team, channel, user)
 * @param confirmation {@code not_needed}, {@code not_asked}, {@code accepted}, {@code declined},
 *     {@code unavailable}, {@code pending} (waiting in the web console) or, for a lapsed web
 *     approval, {@code expired}
 * @param approver who answered the confirmation, when the front-end says (Slack ids); empty
 *     otherwise
 * @param outcome {@code denied}, {@code planned}, {@code not_executed}, {@code executing}, {@code
 *     executed}, {@code failed}, {@code pending_approval}; for a web approval's own steps {@code
 *     approved}, {@code refused} or {@code expired}
 */
public record AuditEvent(
    String attemptId,
    String type,
    String clientName,
    String transport,
    Map<String, String> clientAttributes,
    String mode,
    String command,
    String service,
    String operation,
    String region,
    String decision,
    String rule,
    String reason,
    String confirmation,
    Map<String, String> approver,
    String outcome,
    String error,
    long durationMs,
    boolean unsafeOverride) {

  /** The event's fields in the order they are written. */
  Map<String, Object> fields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", attemptId);
    fields.put("type", type);
    Map<String, Object> client = new LinkedHashMap<>();
    client.put("name", clientName);
    client.put("transport", transport);
    if (clientAttributes != null && !clientAttributes.isEmpty()) {
      client.putAll(new java.util.TreeMap<>(clientAttributes));
    }
    fields.put("client", client);
    fields.put("mode", mode);
    fields.put("command", command);
    fields.put("service", service);
    fields.put("operation", operation);
    fields.put("region", region);
    fields.put("decision", decision);
    fields.put("rule", rule);
    fields.put("reason", reason);
    fields.put("confirmation", confirmation);
    if (approver != null && !approver.isEmpty()) {
      fields.put("approver", new java.util.TreeMap<>(approver));
    }
    fields.put("outcome", outcome);
    fields.put("error", error);
    fields.put("duration_ms", durationMs);
    fields.put("unsafe_override", unsafeOverride);
    return fields;
  }
}
