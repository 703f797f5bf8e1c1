package dev.lmiadvisor.server.tools;

import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.output.PrebuiltSchemas;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Build step (process-classes): derives every tool's output schema from its record and writes them
 * into the classes directory, so that a starting server reads them instead of deriving them.
 */
public final class OutputSchemasWriter {

  private OutputSchemasWriter() {}

  /**
   * @param args the classes directory
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: OutputSchemasWriter <classes directory>");
    }
    PrebuiltSchemas.write(Path.of(args[0]), derived());
  }

  /** Every tool's output schema, derived now from its record. */
  static TreeMap<String, Map<String, Object>> derived() {
    // No environment: the definitions read none, and the build's must not reach the jar.
    Services services = new Services(Map.of(), UnaryOperator.identity());
    return PrebuiltSchemas.deriving(
        () -> {
          TreeMap<String, Map<String, Object>> schemas = new TreeMap<>();
          for (ToolDefinition tool : Toolsets.inventory(services).tools()) {
            schemas.put(tool.name(), tool.outputSchema());
          }
          return schemas;
        });
  }
}
