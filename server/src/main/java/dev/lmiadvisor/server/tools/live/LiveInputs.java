package dev.lmiadvisor.server.tools.live;

import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.Schema;
import dev.lmiadvisor.tools.live.CallOutcome;
import dev.lmiadvisor.tools.live.CallRecord;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the live-account tools share: their toolset, their annotations, the input fields both take
 * and the lines of their texts about the calls made. The values themselves are checked by the
 * domain ({@code dev.lmiadvisor.tools.live.LiveInputs}), which says what AWS would accept and
 * suggests the closest Region.
 */
final class LiveInputs {

  static final String TOOLSET = "live";

  /** Reads the caller's AWS account, changes nothing: read-only, idempotent, open-world. */
  static final Hints ACCOUNT_READ = Hints.REMOTE_READ;

  private LiveInputs() {}

  static Schema region(String description) {
    return string(description).minLength(1).maxLength(32);
  }

  static Schema functionName(String description) {
    return string(description).minLength(1).maxLength(170);
  }

  /** How many AWS calls were made and answered, the IAM actions to grant, and the audit id. */
  static String calls(List<String> missingPermissions, List<CallRecord> calls, String auditId) {
    long answered = calls.stream().filter(c -> c.outcome() == CallOutcome.OK).count();
    return "%d AWS call(s), %d answered%s. Audit id %s."
        .formatted(
            calls.size(),
            answered,
            missingPermissions.isEmpty()
                ? ""
                : "; AWS refused some, grant " + String.join(", ", missingPermissions),
            auditId);
  }

  static String bullets(List<String> lines) {
    return lines.stream().map(l -> "\n- " + l).collect(Collectors.joining());
  }
}
