package dev.lmiadvisor.tools.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for an AWS endpoint on the loopback interface: answers canned JSON per method
 * and path and records every request it receives, so tests can see what the real SDK sent.
 */
final class AwsStub implements AutoCloseable {

  record Received(
      String method, String path, String query, Map<String, List<String>> headers, String body) {}

  record Reply(int status, String body, Map<String, String> headers) {}

  private final HttpServer server;
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  final List<Received> received = new CopyOnWriteArrayList<>();

  AwsStub() {
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
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  path,
                  exchange.getRequestURI().getQuery(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  body));
          String query = exchange.getRequestURI().getQuery();
          Reply reply =
              replies.getOrDefault(
                  exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query),
                  null);
          reply =
              reply != null
                  ? reply
                  : replies.getOrDefault(
                      exchange.getRequestMethod() + " " + path,
                      new Reply(
                          404,
                          "{\"Type\":\"User\",\"Message\":\"no stub for " + path + "\"}",
                          Map.of("x-amzn-ErrorType", "ResourceNotFoundException")));
          byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          exchange.sendResponseHeaders(reply.status(), bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  AwsStub on(String methodAndPath, int status, String body) {
    replies.put(methodAndPath, new Reply(status, body, Map.of()));
    return this;
  }

  AwsStub error(String methodAndPath, int status, String errorType, String message) {
    replies.put(
        methodAndPath,
        new Reply(
            status,
            "{\"Type\":\"User\",\"Message\":\"" + message + "\"}",
            Map.of("x-amzn-ErrorType", errorType)));
    return this;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
