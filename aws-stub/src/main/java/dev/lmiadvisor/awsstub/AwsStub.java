package dev.lmiadvisor.awsstub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A local stand-in for AWS endpoints on the loopback interface, for tests that drive the real AWS
 * SDK with an endpoint override (its marshalling, signing and error unmarshalling included). It
 * answers by method and path (REST protocols such as Lambda's), by {@code Action} (the query
 * protocols of EC2, IAM and CloudWatch, which all post to {@code /}), by {@code X-Amz-Target} (the
 * JSON 1.0/1.1 protocols of CloudWatch Logs or the Price List API), or with one reply for anything
 * else; and it records every request it receives, so a test sees what the SDK sent.
 *
 * <p>Requests are served on virtual threads: a reply computed slowly (to test a client timeout)
 * holds up nothing else.
 */
public final class AwsStub implements AutoCloseable {

  /** One request as the stub received it. */
  public record Received(
      String method, String path, String query, Map<String, List<String>> headers, String body) {

    /** A header's first value, its name matched without regard to case; null when absent. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
          return header.getValue().getFirst();
        }
      }
      return null;
    }

    /** The {@code Authorization} header: SigV4 when the SDK signed the request. */
    public String authorization() {
      return header("Authorization");
    }

    /** The {@code X-Amz-Target} of a JSON-protocol request ({@code Logs_20140328.PutLogEvents}). */
    public String target() {
      return header("X-Amz-Target");
    }

    /** The path with its query string, as the request line had it. */
    public String pathAndQuery() {
      return query == null ? path : path + "?" + query;
    }

    /** The form parameters of a query-protocol request ({@code Action}, {@code Version}, ...). */
    public Map<String, String> form() {
      Map<String, String> form = new LinkedHashMap<>();
      if (body == null || body.isEmpty() || body.startsWith("{")) {
        return form;
      }
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        form.put(
            URLDecoder.decode(key, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
      return form;
    }

    /** The query-protocol action, or null for a REST request. */
    public String action() {
      return form().get("Action");
    }
  }

  /**
   * What the stub answers; without a Content-Type header the body is sent as JSON, and an empty
   * body is sent as no body (a 204).
   */
  public record Reply(int status, String body, Map<String, String> headers) {

    public static Reply json(int status, String body) {
      return new Reply(status, body, Map.of());
    }

    public static Reply xml(int status, String body) {
      return new Reply(status, body, Map.of("Content-Type", "text/xml"));
    }

    /** A REST-JSON service error as Lambda sends it: the type in {@code x-amzn-ErrorType}. */
    public static Reply restError(int status, String errorType, String message) {
      return new Reply(
          status,
          "{\"Type\":\"User\",\"Message\":\"" + message + "\"}",
          Map.of("x-amzn-ErrorType", errorType));
    }

    /** A JSON 1.1 reply ({@code application/x-amz-json-1.1}). */
    public static Reply json11(int status, String body) {
      return new Reply(status, body, Map.of("Content-Type", "application/x-amz-json-1.1"));
    }
  }

  private final HttpServer server;
  private final Map<String, Function<Received, Reply>> replies = new ConcurrentHashMap<>();
  private volatile Function<Received, Reply> fallback;

  /** Every request received so far, oldest first. */
  public final List<Received> received = new CopyOnWriteArrayList<>();

  public AwsStub() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::serve);
    server.start();
  }

  private void serve(HttpExchange exchange) {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Received request =
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestURI().getQuery(),
              Map.copyOf(exchange.getRequestHeaders()),
              body);
      received.add(request);
      Reply reply = replyTo(request);
      byte[] bytes =
          reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
      if (!reply.headers().containsKey("Content-Type")) {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
      }
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
    } catch (IOException gone) {
      // The client gave up first (a timeout test); nothing to answer.
    }
  }

  private Reply replyTo(Received request) {
    Function<Received, Reply> handler = null;
    String action = request.action();
    if (action != null) {
      handler = replies.get(actionKey(request.path(), action));
    }
    if (handler == null && request.target() != null) {
      handler = replies.get(targetKey(request.target()));
    }
    if (handler == null && request.query() != null) {
      handler = replies.get(request.method() + " " + request.path() + "?" + request.query());
    }
    if (handler == null) {
      handler = replies.get(request.method() + " " + request.path());
    }
    if (handler == null) {
      handler = fallback;
    }
    if (handler == null) {
      return action == null
          ? Reply.restError(404, "ResourceNotFoundException", "no stub for " + request.path())
          : Reply.xml(
              400,
              "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>no stub for "
                  + action
                  + "</Message></Error><RequestId>stub</RequestId></ErrorResponse>");
    }
    return handler.apply(request);
  }

  private static String actionKey(String path, String action) {
    return "POST " + path + " Action=" + action;
  }

  private static String targetKey(String target) {
    return "X-Amz-Target " + target.toLowerCase(Locale.ROOT);
  }

  /** Answers a REST request by method and path ({@code GET /2025-11-30/capacity-providers}). */
  public AwsStub on(String methodAndPath, int status, String body) {
    return on(methodAndPath, request -> Reply.json(status, body));
  }

  /** Answers a REST request by method and path with 200 and this JSON. */
  public AwsStub on(String methodAndPath, String json) {
    return on(methodAndPath, 200, json);
  }

  /** Answers a REST request by method and path with a service error of this type. */
  public AwsStub error(String methodAndPath, int status, String errorType, String message) {
    Reply reply = Reply.restError(status, errorType, message);
    return on(methodAndPath, request -> reply);
  }

  /** Answers a REST request by method and path with a reply computed from the request. */
  public AwsStub on(String methodAndPath, Function<Received, Reply> handler) {
    replies.put(methodAndPath, handler);
    return this;
  }

  /** Answers a query-protocol request (form body posted to {@code /}) by its {@code Action}. */
  public AwsStub onAction(String action, Function<Received, Reply> handler) {
    replies.put(actionKey("/", action), handler);
    return this;
  }

  /** Answers a JSON-protocol request by its {@code X-Amz-Target}. */
  public AwsStub onTarget(String target, Function<Received, Reply> handler) {
    replies.put(targetKey(target), handler);
    return this;
  }

  /** Answers every request that nothing more specific answers. */
  public AwsStub onAnything(Function<Received, Reply> handler) {
    fallback = handler;
    return this;
  }

  /** The requests received so far for one query-protocol action. */
  public List<Received> receivedAction(String action) {
    return received.stream().filter(r -> action.equals(r.action())).toList();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public URI endpoint() {
    return URI.create(url());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
