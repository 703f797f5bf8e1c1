package dev.lmiadvisor.tools.sandbox;

import dev.lmiadvisor.tools.sandbox.audit.Redactor;
import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the pipeline concluded about one command, before anything is executed.
 *
 * @param service the CLI service name when it was recognised, else null
 * @param operation the CLI operation name when it was recognised, else null
 * @param parsed the parsed command, when it got that far
 * @param suggestions closest valid names, for misspellings
 * @param warnings things the person should know (options recorded but not applied, files read
 *     later)
 * @param unsafeOverride an operator rule loosened a built-in denial under the unsafe flag
 * @param commandText the command re-quoted with secrets masked, for people and the audit log
 */
public record Evaluation(
    Decision decision,
    String rule,
    String reason,
    String service,
    String operation,
    boolean readOnly,
    Optional<ParsedCommand> parsed,
    List<String> suggestions,
    List<String> warnings,
    boolean unsafeOverride,
    String commandText) {

  public Evaluation {
    suggestions = List.copyOf(suggestions);
    warnings = List.copyOf(warnings);
  }

  /** What would be sent, when the command was parsed. */
  public Optional<Plan> plan() {
    return parsed.map(
        p ->
            new Plan(
                p.service(),
                p.operation().cliName(),
                p.operationName(),
                p.options().region(),
                p.options().endpointUrl().map(URI::toString).orElse(null),
                Redactor.tree(p.request(), false)));
  }

  /**
   * The validated request.
   *
   * @param sdkOperation the SDK / API operation name, e.g. {@code CreateCapacityProvider}
   * @param request the SDK request's members, secrets masked
   */
  public record Plan(
      String service,
      String operation,
      String sdkOperation,
      String region,
      String endpointUrl,
      Map<String, Object> request) {}
}
