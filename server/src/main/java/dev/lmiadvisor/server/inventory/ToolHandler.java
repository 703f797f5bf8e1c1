package dev.lmiadvisor.server.inventory;

/**
 * Runs one tool call by calling a plain service of a domain module.
 *
 * <p>Throw {@link dev.lmiadvisor.errors.UserInputException} for input the caller can fix: its
 * message reaches the client as an {@code isError} result, so it must say what to change. Any other
 * exception is an internal fault: the client sees only a correlation id.
 */
@FunctionalInterface
public interface ToolHandler {
  ToolOutcome handle(ToolRequest request);
}
