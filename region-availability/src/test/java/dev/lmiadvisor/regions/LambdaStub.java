package dev.lmiadvisor.regions;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for the Lambda endpoint on loopback: answers every request with a fixed status, {@code
 * x-amzn-ErrorType} header and body (optionally after a delay), and records what the AWS SDK sent
 * so tests can check the real marshalling and signing.
 */
final class LambdaStub implements AutoCloseable {

  /** One request as the stub saw it. */
  record Seen(String method, String pathAndQuery, String authorization) {}

  private final HttpServer server;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  private LambdaStub(int status, String errorType, String body, Duration delay) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/",
        exchange -> {
          record(exchange);
          try {
            Thread.sleep(delay);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("x-amzn-RequestId", "stub-request-1");
          if (errorType != null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
          }
          try {
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
              exchange.getResponseBody().write(bytes);
            }
          } catch (IOException e) {
            // the client gave up first (timeout test)
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  static LambdaStub answering(int status, String errorType, String body) throws IOException {
    return new LambdaStub(status, errorType, body, Duration.ZERO);
  }

  static LambdaStub answeringAfter(Duration delay) throws IOException {
    return new LambdaStub(200, null, "{\"CapacityProviders\":[]}", delay);
  }

  private void record(HttpExchange exchange) {
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            exchange.getRequestHeaders().getFirst("Authorization")));
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
