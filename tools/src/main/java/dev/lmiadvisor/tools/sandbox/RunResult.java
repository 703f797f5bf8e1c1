package dev.lmiadvisor.tools.sandbox;

import java.util.List;
import java.util.Map;

/**
 * What one sandbox call decided and did.
 *
 * @param service CLI service name, or null when the command did not name a known one
 * @param operation CLI operation name, or null when unknown
 * @param plan the validated request, or null when the command did not parse
 * @param executed whether a request was sent to AWS
 * @param result the AWS response with secrets masked, or null when nothing was executed
 * @param confirmation {@code not_needed}, {@code not_asked} (plan mode), {@code accepted}, {@code
 *     declined}, {@code unavailable} or {@code pending} (waiting for a person in the web console)
 * @param outcome {@code denied}, {@code planned}, {@code not_executed}, {@code executed}, {@code
 *     failed} or {@code pending_approval}
 * @param auditId the id under which the call is in the audit log
 * @param approvalId with decision {@code pending_approval}: the id to send back as {@code
 *     approval_id}; null otherwise
 * @param approvalUrl with decision {@code pending_approval}: where a person approves or denies it
 */
public record RunResult(
    Decision decision,
    String reason,
    String rule,
    String service,
    String operation,
    boolean readOnly,
    Evaluation.Plan plan,
    boolean executed,
    Map<String, Object> result,
    String auditId,
    long auditSeq,
    String auditHash,
    RunRequest.Mode mode,
    String confirmation,
    String outcome,
    String commandText,
    List<String> warnings,
    List<String> suggestions,
    boolean unsafeOverride,
    String approvalId,
    String approvalUrl) {}
