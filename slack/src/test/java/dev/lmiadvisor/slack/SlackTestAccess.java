package dev.lmiadvisor.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.methods.MethodsClient;
import dev.lmiadvisor.slack.approval.ApprovalBoard;
import java.io.IOException;
import java.time.Duration;

/** The harness, for tests in sub-packages. */
public final class SlackTestAccess implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final SlackHarness harness;
  private int prompts;
  private SlackApiStub.Call lastPrompt;

  private SlackTestAccess(SlackHarness harness) {
    this.harness = harness;
  }

  public static SlackTestAccess start() throws IOException {
    return new SlackTestAccess(SlackHarness.start());
  }

  public ApprovalBoard board() {
    return harness.board;
  }

  public MethodsClient client() {
    return harness.client();
  }

  /** Waits for the next Approve/Deny message and returns its blocks. */
  public JsonNode awaitPrompt() {
    int seen = prompts;
    harness.stub.await(c -> harness.stub.calls("chat.postMessage").size() > seen, WAIT);
    lastPrompt = harness.stub.calls("chat.postMessage").get(seen);
    prompts = seen + 1;
    return lastPrompt.blocks();
  }

  public String lastPromptThread() {
    return lastPrompt.form().get("thread_ts");
  }

  /** A signed click by a user of the harness's team. */
  public void click(String actionId, String value, String userId, String channelId) {
    int status =
        harness
            .requests
            .click(
                actionId,
                value,
                new SignedRequests.Person("T0TEAM", channelId, userId),
                harness.stub.responseUrl("click"))
            .statusCode();
    if (status != 200) {
      throw new AssertionError("click answered " + status);
    }
  }

  @Override
  public void close() {
    harness.close();
  }
}
