package dev.lmiadvisor.server.stdio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.mcp.Json;
import dev.lmiadvisor.server.mcp.McpServers;
import dev.lmiadvisor.server.tools.Toolsets;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Build step (process-classes, after the output schemas): asks the SDK, serving the full inventory
 * over its own stdio transport, for its replies to a client's first requests, and writes their
 * results beside {@link EarlyReplies} for the front door.
 */
public final class EarlyRepliesWriter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_SECONDS = 60;

  private EarlyRepliesWriter() {}

  /**
   * @param args the classes directory
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: EarlyRepliesWriter <classes directory>");
    }
    // No environment: the definitions read none, and the build's must not reach the jar.
    Services services = new Services(Map.of(), UnaryOperator.identity());
    Map<String, String> results = record(Toolsets.inventory(services));
    StringBuilder text = new StringBuilder();
    results.forEach((key, json) -> text.append(key).append('\t').append(json).append('\n'));
    Path file =
        Path.of(args[0])
            .resolve(EarlyReplies.class.getPackageName().replace('.', '/'))
            .resolve(EarlyReplies.RESOURCE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    // The SDK's transport threads are not daemons; the build waits for this process to end.
    System.exit(0);
  }

  /** The SDK's results, keyed as {@link EarlyReplies} reads them, for this inventory. */
  static Map<String, String> record(Inventory inventory) throws IOException, InterruptedException {
    Map<String, String> results = new TreeMap<>();
    for (String version : protocolVersions()) {
      List<String> requests = new ArrayList<>();
      requests.add(initialize(version));
      requests.add("{\"jsonrpc\":\"2.0\",\"method\":\"" + EarlyReplies.INITIALIZED + "\"}");
      for (String list : EarlyReplies.LISTS) {
        requests.add(
            "{\"jsonrpc\":\"2.0\",\"id\":" + (requests.size()) + ",\"method\":\"" + list + "\"}");
      }
      Map<Integer, JsonNode> replies = session(inventory, requests, EarlyReplies.LISTS.size() + 1);
      results.put(EarlyReplies.key(version), result(replies, 0));
      for (int i = 0; i < EarlyReplies.LISTS.size(); i++) {
        results.put(EarlyReplies.LISTS.get(i), result(replies, i + 2));
      }
    }
    return results;
  }

  /** The protocol versions the SDK's stdio transport speaks. */
  static List<String> protocolVersions() {
    return new StdioServerTransportProvider(Json.MCP).protocolVersions();
  }

  static String initialize(String version) {
    return "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
        + version
        + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"early-replies\",\"version\":\"1\"}}}";
  }

  private static String result(Map<Integer, JsonNode> replies, int id) {
    JsonNode reply = replies.get(id);
    if (reply == null || !reply.has("result")) {
      throw new IllegalStateException("the SDK gave no result for request " + id + ": " + reply);
    }
    return reply.get("result").toString();
  }

  /** Sends these messages to a fresh SDK session and collects its replies by id. */
  static Map<Integer, JsonNode> session(Inventory inventory, List<String> messages, int expected)
      throws IOException, InterruptedException {
    PipedOutputStream client = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(client, 1 << 16);
    LineCollector serverOut = new LineCollector();
    McpSyncServer server =
        McpServers.stdio(
            new StdioServerTransportProvider(Json.MCP, serverIn, serverOut), inventory);
    try {
      for (String message : messages) {
        client.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        client.flush();
      }
      Map<Integer, JsonNode> replies = new TreeMap<>();
      while (replies.size() < expected) {
        String line = serverOut.next(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (line == null) {
          throw new IllegalStateException("the SDK answered " + replies.size() + " of " + expected);
        }
        JsonNode reply = JSON.readTree(line);
        if (reply.has("id")) {
          replies.put(reply.get("id").asInt(), reply);
        }
      }
      return replies;
    } finally {
      client.close();
      server.closeGracefully();
    }
  }
}
