package dev.lmiadvisor.server.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The SDK's JSON Schema validator, created on first use instead of while the server is built.
 *
 * <p>Creating it costs about 60 ms even from the AOT cache, and the SDK would also check every
 * tool's schema at start-up. Those schemas are constants in the inventory, and {@code
 * ToolRegistryTest} checks every one of them with this same validator on every build; checking them
 * again at each start would only delay the {@code initialize} reply that clients time. Arguments
 * and results are still validated on every call; {@link ProtocolWarmUp} creates the validator on a
 * second core right after start, so the first call rarely waits for it.
 */
public final class DeferredSchemaValidator implements JsonSchemaValidator {

  private static final java.util.function.Supplier<JsonSchemaValidator> REAL =
      dev.lmiadvisor.server.Services.lazily(McpJsonDefaults::getSchemaValidator);

  public static final DeferredSchemaValidator INSTANCE = new DeferredSchemaValidator();

  private DeferredSchemaValidator() {}

  /** Creates the real validator now; called from the warm-up thread. */
  static void prepare() {
    REAL.get();
  }

  @Override
  public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
    return REAL.get().validate(schema, structuredContent);
  }

  /** Tool schemas are validated by the build (ToolRegistryTest), not at every start. */
  @Override
  public ValidationResponse validateSchema(Map<String, Object> schema) {
    return ValidationResponse.asValid(null);
  }
}
