package dev.lmiadvisor.slack;

import static dev.lmiadvisor.slack.SlackHarness.REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /lmi cost} and a cost mention upload the break-even chart with Bolt's files upload v2
 * (files.getUploadURLExternal, the upload, files.completeUploadExternal) to the loopback Web API.
 */
class CostChartUploadTest {

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
  void aCostMentionGetsTheChartAsAPngInItsThread() throws Exception {
    String thread = "1700000900.000100";
    slack.requests.mention("<@U0BOT> cost 259.2M 200 512", REQUESTER, thread, false);

    SlackApiStub.Call answer =
        slack.stub.await(
            c -> c.method().equals("chat.postMessage") && thread.equals(c.form().get("thread_ts")),
            WAIT);
    assertTrue(answer.readable().contains("Break-even"), answer.readable());

    SlackApiStub.Call complete =
        slack.stub.await(
            c ->
                c.method().equals("files.completeUploadExternal")
                    && thread.equals(c.form().get("thread_ts")),
            WAIT);
    assertEquals(REQUESTER.channelId(), complete.form().get("channel_id"));
    JsonNode files = SlackApiStub.JSON.readTree(complete.form().get("files"));
    assertEquals(1, files.size());
    String fileId = files.get(0).path("id").asText();
    assertEquals("Compare standard Lambda and LMI costs", files.get(0).path("title").asText());

    SlackApiStub.Call asked = slack.stub.uploadRequest(fileId).orElseThrow();
    assertEquals(CommandRunner.CHART_FILE, asked.form().get("filename"));
    assertTrue(asked.form().get("alt_txt").contains("they cost the same"), asked.form().toString());

    byte[] png = slack.stub.upload(fileId).orElseThrow();
    assertEquals(String.valueOf(png.length), asked.form().get("length"));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotNull(image, "the upload is a PNG");
    assertEquals(800, image.getWidth());
  }

  @Test
  void aCostSlashCommandUploadsTheChartToTheChannelAfterTheAnswer() throws Exception {
    slack.requests.slashCommand(
        "cost 50M 120 1024 savings_plan=compute_1yr", REQUESTER, slack.stub.responseUrl("cost"));

    SlackApiStub.Call answer = slack.stub.awaitResponse("cost", WAIT);
    assertEquals("in_channel", answer.json().path("response_type").asText());
    SlackApiStub.Call complete =
        slack.stub.await(
            c ->
                c.method().equals("files.completeUploadExternal")
                    && c.form().get("thread_ts") == null,
            WAIT);
    assertEquals(REQUESTER.channelId(), complete.form().get("channel_id"));
    String fileId =
        SlackApiStub.JSON.readTree(complete.form().get("files")).get(0).path("id").asText();
    assertNotNull(ImageIO.read(new ByteArrayInputStream(slack.stub.upload(fileId).orElseThrow())));
  }
}
