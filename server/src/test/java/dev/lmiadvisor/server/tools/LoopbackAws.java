package dev.lmiadvisor.server.tools;

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

/** A stand-in AWS endpoint on 127.0.0.1 that answers canned JSON and records what it receives. */
public final class LoopbackAws implements AutoCloseable {

  public record Received(String method, String path, String body, String authorization) {}

  private final HttpServer server;
  private final Map<String, String> replies = new ConcurrentHashMap<>();
  public final List<Received> received = new CopyOnWriteArrayList<>();

  public LoopbackAws() {
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
          String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  body,
                  exchange.getRequestHeaders().getFirst("Authorization")));
          String reply = replies.get(key);
          byte[] bytes =
              (reply == null ? "{\"Message\":\"no stub\"}" : reply)
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          if (reply == null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", "ResourceNotFoundException");
          }
          exchange.sendResponseHeaders(reply == null ? 404 : 200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  public LoopbackAws on(String methodAndPath, String json) {
    replies.put(methodAndPath, json);
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
