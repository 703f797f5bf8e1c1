package dev.lmiadvisor.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A loopback stand-in for the Slack Web API ({@code /api/<method>}) and for response_urls ({@code
 * /response/<id>}). It records every call so that a test can wait for the message the bot sent and
 * read its blocks; methods can be told to fail with a Slack error code.
 */
final class SlackApiStub implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  /** One request the bot made. */
  record Call(String path, Map<String, String> form, JsonNode json) {

    /** An acknowledgement's body, read like a message. */
    static Call ofAck(String body) {
      try {
        return new Call("/ack", Map.of(), JSON.readTree(body));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String method() {
      return path.startsWith("/api/") ? path.substring(5) : path;
    }

    /** The blocks, whether sent as a form field (Web API) or in a JSON body (response_url). */
    JsonNode blocks() {
      if (json != null) {
        return json.path("blocks");
      }
      try {
        return JSON.readTree(form.getOrDefault("blocks", "[]"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String text() {
      return json != null ? json.path("text").asText() : form.getOrDefault("text", "");
    }

    /** Everything a person would read: the text and every text inside the blocks. */
    String readable() {
      StringBuilder all = new StringBuilder(text()).append('\n');
      blocks()
          .findValues("text")
          .forEach(
              t -> all.append(t.isTextual() ? t.asText() : t.path("text").asText()).append('\n'));
      return all.toString();
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();
  private final AtomicLong fileIds = new AtomicLong();
  private final Map<String, Call> uploadRequests = new ConcurrentHashMap<>();
  private final Map<String, String> failures = new ConcurrentHashMap<>();
  private final AtomicLong ts = new AtomicLong(1_700_000_000_000100L);

  SlackApiStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String apiPrefix() {
    return base() + "/api/";
  }

  String responseUrl(String id) {
    return base() + "/response/" + id;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Makes a Web API method answer {@code {"ok":false,"error":code}}. */
  void fail(String method, String code) {
    failures.put(method, code);
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  List<Call> responses(String id) {
    return calls.stream().filter(c -> c.path().equals("/response/" + id)).toList();
  }

  /** Waits for a call that matches, failing the test after the timeout. */
  Call await(Predicate<Call> match, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<Call> found = calls.stream().filter(match).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted");
      }
    }
    throw new AssertionError("no matching Slack call within " + timeout + "; calls were " + calls);
  }

  Call awaitMethod(String method, Duration timeout) {
    return await(c -> c.method().equals(method), timeout);
  }

  Call awaitResponse(String id, Duration timeout) {
    return await(c -> c.path().equals("/response/" + id), timeout);
  }

  /** The files.getUploadURLExternal call that was given a file id. */
  Optional<Call> uploadRequest(String fileId) {
    return Optional.ofNullable(uploadRequests.get(fileId));
  }

  /** The bytes a files upload v2 sent to the upload URL of a file id. */
  Optional<byte[]> upload(String fileId) {
    return Optional.ofNullable(uploads.get(fileId)).map(byte[]::clone);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] raw = exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getPath();
    if (path.startsWith("/upload/")) {
      // files upload v2's second step: the file's bytes, to the URL getUploadURLExternal gave.
      uploads.put(path.substring("/upload/".length()), raw);
      calls.add(new Call(path, Map.of(), null));
      byte[] ok = "OK - uploaded".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, ok.length);
      exchange.getResponseBody().write(ok);
      exchange.close();
      return;
    }
    String body = new String(raw, StandardCharsets.UTF_8);
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    boolean json = contentType != null && contentType.contains("json");
    Call call = new Call(path, json ? Map.of() : form(body), json ? JSON.readTree(body) : null);
    if (!call.method().equals("auth.test")) {
      calls.add(call);
    }
    String answer =
        switch (call.method()) {
          case "auth.test" ->
              """
              {"ok":true,"url":"https://lmi-test.slack.com/","team":"LMI test","user":"lmi-advisor",\
              "team_id":"T0TEAM","user_id":"U0BOT","bot_id":"B0BOT"}""";
          case "chat.postMessage", "chat.update" -> {
            String failure = failures.get(call.method());
            yield failure != null
                ? "{\"ok\":false,\"error\":\"" + failure + "\"}"
                : "{\"ok\":true,\"channel\":\"%s\",\"ts\":\"%s\"}"
                    .formatted(call.form().getOrDefault("channel", ""), nextTs());
          }
          case "files.getUploadURLExternal" -> {
            String id = "F0CHART" + fileIds.incrementAndGet();
            uploadRequests.put(id, call);
            yield "{\"ok\":true,\"upload_url\":\"%s/upload/%s\",\"file_id\":\"%s\"}"
                .formatted(base(), id, id);
          }
          case "files.completeUploadExternal" -> {
            JsonNode files = JSON.readTree(call.form().getOrDefault("files", "[]"));
            yield "{\"ok\":true,\"files\":" + files + "}";
          }
          default -> path.startsWith("/response/") ? "ok" : "{\"ok\":true}";
        };
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .add("Content-Type", answer.startsWith("{") ? "application/json" : "text/plain");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private String nextTs() {
    long value = ts.incrementAndGet();
    return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      form.put(key, value);
    }
    return form;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
