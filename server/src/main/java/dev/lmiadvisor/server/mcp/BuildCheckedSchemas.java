package dev.lmiadvisor.server.mcp;

import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The schema checks the MCP SDK would run on every start and every call, done by the build instead.
 *
 * <p>The SDK checks each tool's schemas when the server is built and each result's {@code
 * structuredContent} against its tool's output schema. Here both are settled before the server
 * runs:
 *
 * <ul>
 *   <li>the output schemas are derived at build time from the very records the tools return, with
 *       the mapper that writes them ({@code OutputSchemasWriter}, {@code ToolJson}), so a result
 *       cannot take another shape than its schema describes;
 *   <li>{@code ToolRegistryTest} checks every schema with the SDK's own validator, and {@code
 *       OutputSchemaConformanceTest} checks sample results of every tool against their schemas.
 * </ul>
 *
 * Checking again at run time only cost time: a tenth of a {@code route_question} call under load
 * (JFR, bench/RESULTS.md), and 60 ms of creating the validator at start. Arguments are still
 * checked on every call, by {@code InputCheck}; the SDK's own input check is switched off for that.
 */
public final class BuildCheckedSchemas implements JsonSchemaValidator {

  public static final BuildCheckedSchemas INSTANCE = new BuildCheckedSchemas();

  private BuildCheckedSchemas() {}

  @Override
  public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
    return ValidationResponse.asValid(null);
  }

  @Override
  public ValidationResponse validateSchema(Map<String, Object> schema) {
    return ValidationResponse.asValid(null);
  }
}
