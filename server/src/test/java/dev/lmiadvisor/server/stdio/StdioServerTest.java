package dev.lmiadvisor.server.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.server.TestInventory;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stdio session through the front door and the real SDK: the first requests are answered before
 * the SDK serves, everything is answered exactly once, and the session goes on as usual.
 */
class StdioServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INITIALIZED =
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

  private final PipedOutputStream client = new PipedOutputStream();
  private final Lines replies = new Lines();
  private Thread serving;

  @AfterEach
  void closeClient() throws IOException, InterruptedException {
    client.close();
    if (serving != null) {
      serving.join(10_000);
    }
  }

  @Test
  void firstRequests_areAnsweredBeforeTheSdkServes_thenTheSessionGoesOn() throws Exception {
    StdioServer stdio = open(EarlyReplies.forFullInventory());
    send(EarlyRepliesWriter.initialize("2025-06-18").replace("\"id\":0", "\"id\":1"));
    send(INITIALIZED);
    send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");

    JsonNode initialized = replies.next();
    assertEquals(1, initialized.get("id").asInt());
    assertEquals("2025-06-18", initialized.at("/result/protocolVersion").asText());
    JsonNode tools = replies.next();
    assertEquals(2, tools.get("id").asInt());
    assertTrue(stdio.awaitEarlyReplies(Duration.ofSeconds(30)), "the rest may start now");
    assertEquals(TestInventory.INVENTORY.tools().size(), tools.at("/result/tools").size());

    send(
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"list_regions\",\"arguments\":{}}}");
    serve(stdio);
    JsonNode call = replies.next();
    assertEquals(3, call.get("id").asInt(), "the SDK's second reply to initialize is dropped");
    assertTrue(call.at("/result/content").size() > 0, call.toString());
    send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}");
    assertEquals(4, replies.next().get("id").asInt());
    assertNull(replies.poll(300), "one reply per request");
  }

  @Test
  void anUnknownProtocolVersion_waitsForTheSdk_whichOffersItsOwn() throws Exception {
    StdioServer stdio = open(EarlyReplies.forFullInventory());
    send(EarlyRepliesWriter.initialize("1999-01-01"));
    send(INITIALIZED);
    send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\"}");
    assertNull(replies.poll(300), "nothing is answered before the SDK has answered initialize");

    serve(stdio);
    JsonNode initialized = replies.next();
    assertEquals(0, initialized.get("id").asInt());
    List<String> versions = EarlyRepliesWriter.protocolVersions();
    assertEquals(
        versions.getLast(), initialized.at("/result/protocolVersion").asText(), "the SDK's choice");
    assertEquals(5, replies.next().get("id").asInt());
  }

  @Test
  void theRestWaitsForTheFirstReplies_butNotForAQuietClient() throws Exception {
    StdioServer stdio = open(EarlyReplies.forFullInventory());
    send(EarlyRepliesWriter.initialize("2025-06-18"));
    send(INITIALIZED);
    assertFalse(stdio.awaitEarlyReplies(Duration.ofMillis(200)), "tools/list not asked yet");
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"list_regions\",\"arguments\":{}}}");
    assertTrue(stdio.awaitEarlyReplies(Duration.ofSeconds(30)), "a tool call needs the SDK now");
    serve(stdio);
    replies.next();
    assertEquals(1, replies.next().get("id").asInt());
  }

  @Test
  void aRequestBeforeInitialize_isLeftToTheSdk() throws Exception {
    StdioServer stdio = open(EarlyReplies.forFullInventory());
    send("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/list\"}");
    send(EarlyRepliesWriter.initialize("2025-06-18"));
    send(INITIALIZED);
    assertNull(replies.poll(300), "only a first initialize is answered early");
    serve(stdio);
    assertEquals(0, replies.next().get("id").asInt(), "the SDK answers the initialize");
  }

  @Test
  void aListBeforeTheClientIsInitialized_waitsForTheSdk() throws Exception {
    StdioServer stdio = open(EarlyReplies.forFullInventory());
    send(EarlyRepliesWriter.initialize("2025-06-18"));
    assertEquals(0, replies.next().get("id").asInt());
    send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
    assertNull(replies.poll(300), "the SDK holds requests until the client is initialized");
    serve(stdio);
    send(INITIALIZED);
    assertEquals(1, replies.next().get("id").asInt());
  }

  @Test
  void withoutEarlyReplies_theSdkAnswersEverything() throws Exception {
    StdioServer stdio = open(Optional.empty());
    send(EarlyRepliesWriter.initialize("2025-06-18"));
    assertNull(replies.poll(300));
    serve(stdio);
    assertEquals("2025-06-18", replies.next().at("/result/protocolVersion").asText());
  }

  @Test
  void aLongLine_reachesTheSdkWhole() throws Exception {
    StdioServer stdio = open(EarlyReplies.forFullInventory());
    send(EarlyRepliesWriter.initialize("2025-06-18"));
    assertEquals(0, replies.next().get("id").asInt());
    send(INITIALIZED);
    String question = "x".repeat(FrontDoor.READ_LIMIT * 2);
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":\"route_question\",\"arguments\":{\"question\":\""
            + question
            + "\"}}}");
    serve(stdio);
    JsonNode call = replies.next();
    assertEquals(6, call.get("id").asInt());
    assertTrue(call.at("/result/isError").asBoolean(), "too long a question is refused by name");
  }

  private StdioServer open(Optional<EarlyReplies> early) throws IOException {
    PipedInputStream serverIn = new PipedInputStream(client, 1 << 20);
    return StdioServer.open(serverIn, replies.lines, early);
  }

  private void serve(StdioServer stdio) {
    serving =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    stdio.serve(TestInventory.INVENTORY);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
  }

  private void send(String message) throws IOException {
    client.write((message + "\n").getBytes(StandardCharsets.UTF_8));
    client.flush();
  }

  /** The lines the server writes, as JSON. */
  private static final class Lines {
    private final LineCollector lines = new LineCollector();

    JsonNode next() throws IOException, InterruptedException {
      String text = lines.next(30, TimeUnit.SECONDS);
      assertTrue(text != null, "a reply within 30 s");
      return JSON.readTree(text);
    }

    JsonNode poll(long millis) throws IOException, InterruptedException {
      String text = lines.next(millis, TimeUnit.MILLISECONDS);
      return text == null ? null : JSON.readTree(text);
    }
  }
}
