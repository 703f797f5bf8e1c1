package dev.lmiadvisor.tools.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local stand-in for an AWS endpoint on the loopback interface: answers canned replies per method
 * and path (REST protocols such as Lambda's) or per {@code Action} (the query protocols of EC2, IAM
 * and CloudWatch, which all post to {@code /}), and records every request it receives, so tests can
 * see what the real SDK sent.
 */
public final class AwsStub implements AutoCloseable {

  /** One request as the stub received it. */
  public record Received(
      String method, String path, String query, Map<String, List<String>> headers, String body) {

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

  /** What the stub answers; without a Content-Type header the body is sent as JSON. */
  public record Reply(int status, String body, Map<String, String> headers) {

    public static Reply xml(int status, String body) {
      return new Reply(status, body, Map.of("Content-Type", "text/xml"));
    }
  }

  private final HttpServer server;
  private final Map<String, Function<Received, Reply>> replies = new ConcurrentHashMap<>();
  public final List<Received> received = new CopyOnWriteArrayList<>();

  public AwsStub() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String path = exchange.getRequestURI().getPath();
          Received request =
              new Received(
                  exchange.getRequestMethod(),
                  path,
                  exchange.getRequestURI().getQuery(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  body);
          received.add(request);
          Reply reply = replyTo(request);
          byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
          if (!reply.headers().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
          }
          reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          exchange.sendResponseHeaders(reply.status(), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  private Reply replyTo(Received request) {
    String action = request.action();
    Function<Received, Reply> handler =
        action == null ? null : replies.get(actionKey(request.path(), action));
    if (handler == null && request.query() != null) {
      handler = replies.get(request.method() + " " + request.path() + "?" + request.query());
    }
    if (handler == null) {
      handler = replies.get(request.method() + " " + request.path());
    }
    if (handler == null) {
      return action == null
          ? new Reply(
              404,
              "{\"Type\":\"User\",\"Message\":\"no stub for " + request.path() + "\"}",
              Map.of("x-amzn-ErrorType", "ResourceNotFoundException"))
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

  public AwsStub on(String methodAndPath, int status, String body) {
    replies.put(methodAndPath, request -> new Reply(status, body, Map.of()));
    return this;
  }

  public AwsStub error(String methodAndPath, int status, String errorType, String message) {
    Reply reply =
        new Reply(
            status,
            "{\"Type\":\"User\",\"Message\":\"" + message + "\"}",
            Map.of("x-amzn-ErrorType", errorType));
    replies.put(methodAndPath, request -> reply);
    return this;
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

  /** The requests received so far for one query-protocol action. */
  public List<Received> receivedAction(String action) {
    return received.stream().filter(r -> action.equals(r.action())).toList();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
