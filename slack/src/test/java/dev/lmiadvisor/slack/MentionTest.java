package dev.lmiadvisor.slack;

import static dev.lmiadvisor.slack.SlackHarness.REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @LMI Advisor <question>} answers in the thread of the mention. */
class MentionTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static SlackHarness slack;

  @BeforeAll
  static void start() throws Exception {
    slack = SlackHarness.start();
  }

  @AfterAll
  static void stop() {
    slack.close();
  }

  @Test
  void aQuestionIsAnsweredInItsThread() {
    assertEquals(
        200,
        slack
            .requests
            .mention(
                "<@U0BOT> What is the minimum memory of an LMI function?",
                REQUESTER,
                "1700000200.000100",
                false)
            .statusCode());

    SlackApiStub.Call answer =
        slack.stub.await(
            c ->
                c.method().equals("chat.postMessage")
                    && "1700000200.000100".equals(c.form().get("thread_ts")),
            WAIT);
    assertEquals(REQUESTER.channelId(), answer.form().get("channel"));
    assertEquals("header", answer.blocks().get(0).path("type").asText());
    assertTrue(answer.readable().contains("From the reference _"), answer.readable());
  }

  @Test
  void aRedeliveredEventIsNotAnsweredTwice() throws Exception {
    slack.requests.mention("<@U0BOT> help", REQUESTER, "1700000300.000100", false);
    slack.requests.mention("<@U0BOT> help", REQUESTER, "1700000300.000100", true);

    slack.stub.await(c -> "1700000300.000100".equals(c.form().get("thread_ts")), WAIT);
    Thread.sleep(500);
    assertEquals(
        1,
        slack.stub.calls("chat.postEphemeral").stream()
            .filter(c -> "1700000300.000100".equals(c.form().get("thread_ts")))
            .count());
  }

  @Test
  void aMistakeIsAnsweredInPlainWordsInTheThread_toTheRequesterOnly() {
    slack.requests.mention("<@U0BOT> ask", REQUESTER, "1700000400.000100", false);

    SlackApiStub.Call answer =
        slack.stub.await(c -> "1700000400.000100".equals(c.form().get("thread_ts")), WAIT);
    assertEquals("chat.postEphemeral", answer.method(), "shown only to the person who asked");
    assertEquals(REQUESTER.userId(), answer.form().get("user"));
    String readable = answer.readable();
    assertTrue(readable.contains("`/lmi ask` needs question"), readable);
    assertTrue(readable.contains("Usage: `/lmi ask <question>`"), readable);
  }
}
