package dev.lmiadvisor.server.call;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.inventory.ToolRequest;
import dev.lmiadvisor.server.output.ToolJson;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way any front end runs a tool: MCP (every transport), the command line and Slack call
 * this and nothing else, so validation, defaults and the three error tiers are the same everywhere
 * (SPEC "Errors", STYLE.md 4):
 *
 * <ol>
 *   <li>the arguments are checked against the tool's input schema, and the schema's defaults filled
 *       in, before the handler runs ({@link InputCheck}); a tool that audits every attempt has a
 *       refused call put on record ({@link ToolDefinition#refusals()}) before the caller is told;
 *   <li>a {@link UserInputException} from the handler or a domain service is a {@link
 *       ToolResult.UserError} carrying its message, which says what to change;
 *   <li>anything else, an {@link IllegalArgumentException} from a library included, is a {@link
 *       ToolResult.Fault}: logged in full under a correlation id, and the caller sees only the id.
 * </ol>
 *
 * Protocol problems (unknown tool, malformed JSON-RPC) never get here; the transports answer them.
 */
public final class ToolInvoker {

  private static final Logger log = LoggerFactory.getLogger(ToolInvoker.class);

  private ToolInvoker() {}

  public static ToolResult invoke(
      ToolDefinition tool, Map<String, Object> arguments, Caller caller) {
    Map<String, Object> given = arguments == null ? Map.of() : arguments;
    Map<String, Object> checked;
    try {
      checked = InputCheck.of(tool).check(given);
    } catch (UserInputException e) {
      return refused(tool, given, caller, e);
    } catch (RuntimeException | Error e) {
      return fault(tool.name(), e);
    }
    try {
      ToolOutcome outcome = tool.handler().handle(new ToolRequest(checked, caller));
      return new ToolResult.Ok(
          outcome.structured(),
          ToolJson.toMap(outcome.structured()),
          outcome.text(),
          outcome.images());
    } catch (UserInputException e) {
      return userError(e);
    } catch (RuntimeException | Error e) {
      return fault(tool.name(), e);
    }
  }

  /** The refusal, on record first when the tool audits every attempt. */
  private static ToolResult refused(
      ToolDefinition tool, Map<String, Object> arguments, Caller caller, UserInputException e) {
    if (tool.refusals().isPresent()) {
      try {
        tool.refusals().get().record(arguments, e.getMessage(), caller);
      } catch (RuntimeException | Error notRecorded) {
        return fault(tool.name(), notRecorded);
      }
    }
    return userError(e);
  }

  private static ToolResult userError(UserInputException e) {
    return new ToolResult.UserError(e.getMessage(), e.argument());
  }

  private static ToolResult fault(String tool, Throwable fault) {
    String correlationId = UUID.randomUUID().toString();
    log.error("internal fault in tool {} [correlation id {}]", tool, correlationId, fault);
    return new ToolResult.Fault(
        correlationId,
        "internal error while running %s; nothing was changed by the failed step. Report correlation id %s (the details are in the server log)."
            .formatted(tool, correlationId));
  }

  /** The message of a result that is not an answer; empty for an answer. */
  public static Optional<String> problem(ToolResult result) {
    return switch (result) {
      case ToolResult.Ok ok -> Optional.empty();
      case ToolResult.UserError error -> Optional.of(error.message());
      case ToolResult.Fault fault -> Optional.of(fault.message());
    };
  }
}
