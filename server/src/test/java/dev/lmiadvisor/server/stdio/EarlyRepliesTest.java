package dev.lmiadvisor.server.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.server.TestInventory;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The replies the front door sends are the SDK's: the file the build recorded holds, for every
 * protocol version and list, what the SDK serving the full inventory answers now.
 */
class EarlyRepliesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void recordedReplies_areWhatTheSdkAnswersNow() throws IOException, InterruptedException {
    Optional<EarlyReplies> shipped = EarlyReplies.forFullInventory();
    assertTrue(shipped.isPresent(), "the build records " + EarlyReplies.RESOURCE);
    Map<String, String> now = EarlyRepliesWriter.record(TestInventory.INVENTORY);
    assertEquals(now.keySet(), shipped.get().results().keySet());
    for (var entry : now.entrySet()) {
      assertEquals(
          JSON.readTree(entry.getValue()),
          JSON.readTree(shipped.get().results().get(entry.getKey())),
          entry.getKey());
    }
  }

  @Test
  void everyProtocolVersionTheSdkSpeaks_hasItsInitializeReply() {
    EarlyReplies replies = EarlyReplies.forFullInventory().orElseThrow();
    for (String version : EarlyRepliesWriter.protocolVersions()) {
      String line = EarlyRepliesWriter.initialize(version).replace("\"id\":0", "\"id\":42");
      String reply = replies.initialize(EarlyRequest.parse(line).orElseThrow()).orElseThrow();
      assertTrue(reply.startsWith("{\"jsonrpc\":\"2.0\",\"id\":42,\"result\":{"), reply);
      assertTrue(reply.contains("\"protocolVersion\":\"" + version + "\""), reply);
    }
  }

  @Test
  void anUnknownProtocolVersion_isLeftToTheSdk() {
    EarlyReplies replies = EarlyReplies.forFullInventory().orElseThrow();
    String line = EarlyRepliesWriter.initialize("1999-01-01");
    assertEquals(Optional.empty(), replies.initialize(EarlyRequest.parse(line).orElseThrow()));
  }
}
