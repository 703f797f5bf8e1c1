package dev.lmiadvisor.server.mcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.util.Map;

/**
 * The one Jackson configuration of the server: tool outputs are Java records whose fields become
 * snake_case JSON properties (SPEC: "JSON fields are snake_case").
 */
public final class Json {

  /** Maps tool output records; null fields stay (a null runner-up is an answer). */
  public static final ObjectMapper OUTPUT =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setSerializationInclusion(JsonInclude.Include.ALWAYS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** The SDK's mapper for protocol messages. */
  public static final McpJsonMapper MCP = new JacksonMcpJsonMapper(new ObjectMapper());

  private Json() {}

  /** A tool output as a JSON object tree (maps, lists, scalars). */
  public static Map<String, Object> toMap(Object output) {
    if (output instanceof Map<?, ?> map) {
      return OUTPUT.convertValue(map, new TypeReference<>() {});
    }
    return OUTPUT.convertValue(output, new TypeReference<>() {});
  }

  public static String pretty(Object output) {
    try {
      return OUTPUT.writeValueAsString(output);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("tool output cannot be written as JSON", e);
    }
  }
}
