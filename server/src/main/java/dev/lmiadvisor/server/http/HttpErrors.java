package dev.lmiadvisor.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one shape of every HTTP error this server sends: a small JSON body with a correlation id, a
 * JSON-RPC error (id null, as the Streamable HTTP transport allows) when the request was a JSON-RPC
 * request to the MCP endpoint, else {@code {"error": ..., "status": ...}}. No exception text, class
 * name or server version: the detail goes to the log under the same correlation id.
 *
 * <p>Codes: JSON-RPC's own for parse errors (-32700) and invalid requests (-32600); -32001 for an
 * unknown session; -32000, the implementation-defined server error, for the other transport
 * problems (406, 415, 400 for a missing session header, 403, 413, ...), as the MCP reference
 * servers answer them.
 */
final class HttpErrors {

  static final String CORRELATION_HEADER = "X-Correlation-Id";
  static final int PARSE_ERROR = -32700;
  static final int INVALID_REQUEST = -32600;
  static final int SERVER_ERROR = -32000;
  static final int SESSION_NOT_FOUND = -32001;

  private static final Logger log = LoggerFactory.getLogger(HttpErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private HttpErrors() {}

  /** A plain message for each status this server sends, for when the cause has no better one. */
  static String message(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized: send Authorization: Bearer <LMI_ADVISOR_TOKEN>";
      case 403 -> "Forbidden: the Origin is not allowed";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 ->
          "Not Acceptable: the Accept header must list application/json and text/event-stream";
      case 408 -> "Request Timeout";
      case 411 -> "Length Required";
      case 413 -> "Payload Too Large";
      case 414 -> "URI Too Long";
      case 415 -> "Unsupported Media Type: send Content-Type: application/json";
      case 421 -> "Misdirected Request: the Host header is not one this server answers";
      case 431 -> "Request Header Fields Too Large";
      case 503 -> "Service Unavailable: the server is shutting down";
      default -> status >= 500 ? "Internal Server Error" : "HTTP error " + status;
    };
  }

  static int jsonRpcCode(int status) {
    return switch (status) {
      case 404 -> SESSION_NOT_FOUND;
      default -> SERVER_ERROR;
    };
  }

  /** The body of an error, with its correlation id. */
  record Body(String correlationId, byte[] json) {}

  static Body body(int status, boolean jsonRpc, int code, String message) {
    String correlation = UUID.randomUUID().toString();
    Map<String, Object> body = new LinkedHashMap<>();
    if (jsonRpc) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("code", code);
      error.put("message", message);
      error.put("data", Map.of("correlation_id", correlation));
      body.put("jsonrpc", "2.0");
      body.put("id", null);
      body.put("error", error);
    } else {
      body.put("error", message);
      body.put("status", status);
      body.put("correlation_id", correlation);
    }
    try {
      return new Body(correlation, JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      return new Body(
          correlation, "{\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes the error unless the response is already committed; returns the correlation id. */
  static String write(
      HttpServletResponse response, int status, boolean jsonRpc, int code, String message)
      throws IOException {
    Body error = body(status, jsonRpc, code, message);
    String correlation = error.correlationId();
    if (response.isCommitted()) {
      return correlation;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader(CORRELATION_HEADER, correlation);
    byte[] bytes = error.json();
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
    log.debug("HTTP {} ({}) correlation {}", status, message, correlation);
    return correlation;
  }
}
