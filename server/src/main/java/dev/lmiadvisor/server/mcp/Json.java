package dev.lmiadvisor.server.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;

/**
 * JSON of the protocol: the SDK's mapper for MCP messages, and small transport-level bodies (a
 * health check). Tool outputs have their own mapper, {@code output.Json}.
 */
public final class Json {

  private static final ObjectMapper PROTOCOL = new ObjectMapper();

  /** The SDK's mapper for protocol messages. */
  public static final McpJsonMapper MCP = new JacksonMcpJsonMapper(PROTOCOL);

  private Json() {}

  /** A small transport-level body, such as a health check. */
  public static String pretty(Object body) {
    try {
      return PROTOCOL.writerWithDefaultPrettyPrinter().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("body cannot be written as JSON", e);
    }
  }
}
