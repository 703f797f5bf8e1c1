package dev.lmiadvisor.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.server.TestInventory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed request the transport can receive gets a small JSON body with a correlation id,
 * the status the Streamable HTTP specification names, and no trace of Java or Tomcat; SSE ids are
 * unique; Last-Event-ID replays or says why it cannot.
 */
class HttpTransportErrorsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern INTERNALS =
      Pattern.compile(
          "(?i)(tomcat|java\\.|jakarta\\.|exception|stacktrace|\\bat [a-z]+\\.|io\\.modelcontextprotocol|localizedMessage|suppressed)");
  private static final String INIT =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
  private static final String BOTH = "application/json, text/event-stream";

  private static HttpMcpServer server;
  private static HttpClient http;
  private static String session;

  @BeforeAll
  static void start() throws Exception {
    server =
        HttpMcpServer.start(
            new HttpOptions("127.0.0.1", 0, false, Optional.empty(), List.of()),
            TestInventory.INVENTORY);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> init = post(INIT, Map.of("Accept", BOTH));
    assertEquals(200, init.statusCode(), init.body());
    session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
    post(
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
        Map.of("Accept", BOTH, "Mcp-Session-Id", session));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpResponse<String> post(String body, Map<String, String> headers)
      throws Exception {
    return send("POST", "/mcp", body, "application/json", headers);
  }

  private static HttpResponse<String> send(
      String method, String path, String body, String contentType, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Stream<Arguments> malformed() {
    String deep = "[".repeat(200) + "]".repeat(200);
    String deepObject =
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":"
            + "{\"a\":".repeat(100)
            + "1"
            + "}".repeat(100)
            + "}";
    return Stream.of(
        Arguments.of("no Accept", "POST", "/mcp", INIT, "application/json", Map.of(), 406, -32000),
        Arguments.of(
            "Accept without text/event-stream",
            "POST",
            "/mcp",
            INIT,
            "application/json",
            Map.of("Accept", "application/json"),
            406,
            -32000),
        Arguments.of(
            "wrong Content-Type",
            "POST",
            "/mcp",
            INIT,
            "text/plain",
            Map.of("Accept", BOTH),
            415,
            -32000),
        Arguments.of(
            "malformed JSON",
            "POST",
            "/mcp",
            "{\"jsonrpc\":\"2.0\",",
            "application/json",
            Map.of("Accept", BOTH),
            400,
            -32700),
        Arguments.of(
            "a batch array",
            "POST",
            "/mcp",
            "[" + INIT + "]",
            "application/json",
            Map.of("Accept", BOTH),
            400,
            -32600),
        Arguments.of(
            "not JSON-RPC",
            "POST",
            "/mcp",
            "{\"hello\":1}",
            "application/json",
            Map.of("Accept", BOTH),
            400,
            -32600),
        Arguments.of(
            "deep nesting",
            "POST",
            "/mcp",
            deep,
            "application/json",
            Map.of("Accept", BOTH),
            400,
            -32600),
        Arguments.of(
            "deep nesting inside a request",
            "POST",
            "/mcp",
            deepObject,
            "application/json",
            Map.of("Accept", BOTH),
            400,
            -32600),
        Arguments.of(
            "a call before initialize (no session)",
            "POST",
            "/mcp",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
            "application/json",
            Map.of("Accept", BOTH),
            400,
            -32000),
        Arguments.of(
            "an unknown session",
            "POST",
            "/mcp",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
            "application/json",
            Map.of("Accept", BOTH, "Mcp-Session-Id", "no-such-session"),
            404,
            -32001),
        Arguments.of(
            "an unsupported protocol version",
            "POST",
            "/mcp",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
            "application/json",
            Map.of("Accept", BOTH, "MCP-Protocol-Version", "1999-01-01"),
            400,
            -32000),
        Arguments.of(
            "an oversize body",
            "POST",
            "/mcp",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"x\",\"params\":{\"p\":\""
                + "x".repeat(TransportFilter.MAX_BODY_BYTES)
                + "\"}}",
            "application/json",
            Map.of("Accept", BOTH),
            413,
            -32000),
        Arguments.of(
            "GET without text/event-stream",
            "GET",
            "/mcp",
            null,
            null,
            Map.of("Accept", "application/json"),
            406,
            -32000),
        Arguments.of(
            "GET without a session",
            "GET",
            "/mcp",
            null,
            null,
            Map.of("Accept", "text/event-stream"),
            400,
            -32000),
        Arguments.of(
            "GET of an unknown session",
            "GET",
            "/mcp",
            null,
            null,
            Map.of("Accept", "text/event-stream", "Mcp-Session-Id", "no-such-session"),
            404,
            -32001),
        Arguments.of(
            "DELETE without a session", "DELETE", "/mcp", null, null, Map.of(), 400, -32000),
        Arguments.of(
            "a foreign Origin",
            "POST",
            "/mcp",
            INIT,
            "application/json",
            Map.of("Accept", BOTH, "Origin", "https://evil.example"),
            403,
            -32000),
        Arguments.of("PUT", "PUT", "/mcp", "{}", "application/json", Map.of(), 405, -32000));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void eachMalformedRequestGetsTheSpecStatusAndASmallJsonRpcError(
      String what,
      String method,
      String path,
      String body,
      String contentType,
      Map<String, String> headers,
      int status,
      int code)
      throws Exception {
    HttpResponse<String> response = send(method, path, body, contentType, headers);
    assertEquals(status, response.statusCode(), what + ": " + response.body());
    JsonNode json = JSON.readTree(response.body());
    assertEquals("2.0", json.path("jsonrpc").asText(), response.body());
    assertTrue(json.path("id").isNull(), response.body());
    assertEquals(code, json.path("error").path("code").asInt(), response.body());
    String correlation = json.path("error").path("data").path("correlation_id").asText();
    assertFalse(correlation.isBlank(), response.body());
    assertEquals(correlation, response.headers().firstValue("X-Correlation-Id").orElse(""));
    assertNoInternals(response);
    assertTrue(response.body().length() < 600, "a small body: " + response.body().length());
  }

  static Stream<Arguments> outsideMcp() {
    return Stream.of(
        Arguments.of("GET", "/nothing-here", 404),
        Arguments.of("GET", "/WEB-INF/web.xml", 404),
        Arguments.of("POST", "/health", 405),
        Arguments.of("GET", "/mcp/../../etc/passwd", 400));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("outsideMcp")
  void tomcatsOwnErrorsAreSmallJsonToo(String method, String path, int status) throws Exception {
    String raw =
        rawRequest(
            method
                + " "
                + path
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    assertTrue(raw.startsWith("HTTP/1.1 " + status), raw);
    assertNoInternals(raw);
    assertTrue(raw.contains("\"correlation_id\""), raw);
  }

  @Test
  void aRequestLineTomcatCannotParseGetsJsonWithoutTheServerVersion() throws Exception {
    String raw =
        rawRequest("GET /mcp?x=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertTrue(raw.startsWith("HTTP/1.1 4"), raw);
    assertNoInternals(raw);
    String bad = rawRequest("NOT A REQUEST\r\n\r\n");
    assertNoInternals(bad);
  }

  @Test
  void sseEventIdsAreUniqueAndNameTheirStream() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> listed =
          post(
              "{\"jsonrpc\":\"2.0\",\"id\":" + (10 + i) + ",\"method\":\"tools/list\"}",
              Map.of("Accept", BOTH, "Mcp-Session-Id", session));
      assertEquals(200, listed.statusCode(), listed.body());
      Matcher m = Pattern.compile("(?m)^id: (\\S+)$").matcher(listed.body());
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    assertEquals(3, ids.size(), ids.toString());
    assertEquals(3, ids.stream().distinct().count(), "ids are unique: " + ids);
    for (String id : ids) {
      assertNotEquals(session, id);
      assertTrue(id.matches("\\d+-\\d+"), id);
    }
  }

  @Test
  void lastEventIdReplaysTheStreamOrSaysWhyItCannot() throws Exception {
    HttpResponse<String> listed =
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":30,\"method\":\"tools/list\"}",
            Map.of("Accept", BOTH, "Mcp-Session-Id", session));
    Matcher m = Pattern.compile("(?m)^id: (\\d+)-(\\d+)$").matcher(listed.body());
    assertTrue(m.find(), listed.body());
    String stream = m.group(1);
    // Reconnecting before the only event: it is sent again, and the finished stream then ends.
    HttpResponse<String> replayed =
        send(
            "GET",
            "/mcp",
            null,
            null,
            Map.of(
                "Accept",
                "text/event-stream",
                "Mcp-Session-Id",
                session,
                "Last-Event-ID",
                stream + "-0"));
    assertEquals(200, replayed.statusCode(), replayed.body());
    assertTrue(replayed.body().contains("id: " + stream + "-1"), replayed.body());
    assertTrue(replayed.body().contains("\"id\":30"), replayed.body());
    // After the last event there is nothing more to send.
    HttpResponse<String> upToDate =
        send(
            "GET",
            "/mcp",
            null,
            null,
            Map.of(
                "Accept",
                "text/event-stream",
                "Mcp-Session-Id",
                session,
                "Last-Event-ID",
                stream + "-1"));
    assertEquals(200, upToDate.statusCode());
    assertFalse(upToDate.body().contains("data:"), upToDate.body());
    HttpResponse<String> unknown =
        send(
            "GET",
            "/mcp",
            null,
            null,
            Map.of(
                "Accept",
                "text/event-stream",
                "Mcp-Session-Id",
                session,
                "Last-Event-ID",
                "999-1"));
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("replay buffer"), unknown.body());
    assertNoInternals(unknown);
  }

  private static void assertNoInternals(HttpResponse<String> response) {
    assertFalse(INTERNALS.matcher(response.body()).find(), response.body());
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              assertFalse(name.equalsIgnoreCase("Server"), "no Server header: " + values);
              values.forEach(v -> assertFalse(INTERNALS.matcher(v).find(), name + ": " + v));
            });
  }

  private static void assertNoInternals(String raw) {
    assertFalse(INTERNALS.matcher(raw).find(), raw);
    assertFalse(raw.toLowerCase(java.util.Locale.ROOT).contains("\r\nserver:"), raw);
  }

  private static String rawRequest(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
