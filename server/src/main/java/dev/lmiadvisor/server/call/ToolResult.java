package dev.lmiadvisor.server.call;

import java.util.Map;

/**
 * What one tool call came to, the same for every front end (SPEC "Errors"): an answer, a problem
 * the caller can fix, or a fault of ours that only a correlation id describes.
 */
public sealed interface ToolResult {

  /**
   * @param output the record the handler returned
   * @param structured that record as a JSON tree, matching the tool's output schema
   * @param text the short human-readable rendering
   * @param images what illustrates the answer (compare_costs' chart); usually none
   */
  record Ok(
      Object output,
      Map<String, Object> structured,
      String text,
      java.util.List<dev.lmiadvisor.server.inventory.ToolOutcome.Image> images)
      implements ToolResult {

    public Ok {
      images = java.util.List.copyOf(images);
    }

    /** The first image of a type, if the tool drew one. */
    public java.util.Optional<dev.lmiadvisor.server.inventory.ToolOutcome.Image> image(
        String mimeType) {
      return images.stream().filter(i -> i.mimeType().equals(mimeType)).findFirst();
    }
  }

  /**
   * @param message what to change, in the tool's own argument names
   * @param argument the argument at fault, when one is (snake_case)
   */
  record UserError(String message, java.util.Optional<String> argument) implements ToolResult {}

  /**
   * @param correlationId the id under which the full detail was logged
   * @param message what the person is told: the tool, the id, and that nothing else leaks
   */
  record Fault(String correlationId, String message) implements ToolResult {}
}
