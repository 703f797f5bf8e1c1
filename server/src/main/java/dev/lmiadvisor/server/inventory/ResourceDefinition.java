package dev.lmiadvisor.server.inventory;

import java.util.List;
import java.util.function.Supplier;

/**
 * One MCP resource: a fixed URI and a reader that produces its contents (one per language or
 * representation).
 */
public record ResourceDefinition(
    String uri,
    String name,
    String title,
    String description,
    String mimeType,
    Supplier<List<Contents>> reader) {

  /** One representation of the resource. */
  public record Contents(String uri, String mimeType, String text) {}
}
