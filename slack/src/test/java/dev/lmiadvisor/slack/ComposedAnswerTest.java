package dev.lmiadvisor.slack;

import static dev.lmiadvisor.slack.SlackHarness.REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.slack.compose.ScriptedChatModel;
import dev.lmiadvisor.slack.compose.SpringAiComposer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code /lmi ask} with Spring AI composition switched on, through the whole Slack path. */
class ComposedAnswerTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void theComposedReplyReplacesThePassages_andNamesTheReference() throws Exception {
    ScriptedChatModel model =
        new ScriptedChatModel(p -> "Set **MinExecutionEnvironments** to at least 3.");
    try (SlackHarness slack = SlackHarness.withComposer(new SpringAiComposer(model))) {
      slack.requests.slashCommand(
          "ask What should MinExecutionEnvironments be in production?",
          REQUESTER,
          slack.stub.responseUrl("ask"));
      SlackApiStub.Call answer = slack.stub.awaitResponse("ask", WAIT);
      String readable = answer.readable();

      assertEquals(1, model.prompts.size());
      String title = answer.blocks().get(0).path("text").path("text").asText();
      assertTrue(readable.contains("Set *MinExecutionEnvironments* to at least 3."), readable);
      assertTrue(readable.contains("Source: *" + title + "*"), "names the reference: " + readable);
      assertTrue(readable.contains("Written by the configured language model"), readable);
      assertTrue(readable.contains("lmi://references/"), readable);
    }
  }

  @Test
  void whenTheModelFails_theDeterministicAnswerIsSent() throws Exception {
    ScriptedChatModel model =
        new ScriptedChatModel(
            p -> {
              throw new IllegalStateException("model unavailable");
            });
    try (SlackHarness slack = SlackHarness.withComposer(new SpringAiComposer(model))) {
      slack.requests.slashCommand(
          "ask What should MinExecutionEnvironments be in production?",
          REQUESTER,
          slack.stub.responseUrl("ask"));
      String readable = slack.stub.awaitResponse("ask", WAIT).readable();

      assertTrue(readable.contains("the language model did not answer"), readable);
      assertFalse(readable.contains("model unavailable"), "no exception text reaches Slack");
      assertFalse(readable.contains("Written by the configured language model"), readable);
    }
  }
}
