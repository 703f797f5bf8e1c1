package dev.lmiadvisor.slack;

import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.webhook.WebhookResponse;
import dev.lmiadvisor.slack.render.Reply;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a reply: to a slash command through its {@code response_url}, to a mention with {@code
 * chat.postMessage} in its thread. When Slack refuses the layout, the plain text goes out instead,
 * so the person still gets an answer.
 */
final class Answers {

  private static final Logger log = LoggerFactory.getLogger(Answers.class);

  /** Errors about the blocks themselves, where the text alone may still get through. */
  private static final Set<String> LAYOUT_ERRORS =
      Set.of("invalid_blocks", "invalid_blocks_format", "msg_too_long", "too_many_blocks");

  private Answers() {}

  /**
   * A slash command's answer through its response_url, and its image, if any, uploaded to the
   * channel: a response_url message has no timestamp to thread under.
   */
  static void toResponseUrl(
      Responder responder, MethodsClient client, String channel, Reply reply) {
    toResponseUrl(responder, reply);
    if (reply.inChannel()) {
      reply.image().ifPresent(image -> upload(client, channel, null, image));
    }
  }

  static void toResponseUrl(Responder responder, Reply reply) {
    try {
      WebhookResponse response =
          responder.sendToCommand(
              r ->
                  r.responseType(reply.inChannel() ? "in_channel" : "ephemeral")
                      .text(reply.text())
                      .blocks(reply.blocks()));
      if (response.getCode() != 200) {
        log.warn("response_url refused the answer: {} {}", response.getCode(), response.getBody());
        if (response.getBody() != null
            && LAYOUT_ERRORS.stream().anyMatch(response.getBody()::contains)) {
          responder.sendToCommand(
              r ->
                  r.responseType(reply.inChannel() ? "in_channel" : "ephemeral")
                      .text(reply.text()));
        }
      }
    } catch (Exception e) {
      log.warn("could not answer through response_url: {}", e.toString(), e);
    }
  }

  /**
   * Posts in the mention's thread; a reply meant for the requester alone (help, a mistake to fix)
   * goes as an ephemeral message only they see.
   */
  static void toThread(
      MethodsClient client, String channel, String threadTs, String user, Reply reply) {
    if (!reply.inChannel() && user != null) {
      toRequesterOnly(client, channel, threadTs, user, reply);
      return;
    }
    try {
      ChatPostMessageResponse response =
          client.chatPostMessage(
              r -> r.channel(channel).threadTs(threadTs).text(reply.text()).blocks(reply.blocks()));
      if (!response.isOk()) {
        log.warn("chat.postMessage refused the answer: {}", response.getError());
        if (LAYOUT_ERRORS.contains(response.getError())) {
          client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs).text(reply.text()));
        }
      }
    } catch (Exception e) {
      log.warn("could not post the answer: {}", e.toString(), e);
    }
    reply.image().ifPresent(image -> upload(client, channel, threadTs, image));
  }

  /**
   * Uploads an image with Slack's files upload v2 (files.getUploadURLExternal, the upload,
   * files.completeUploadExternal), shared in the channel or the thread. A failed upload is logged;
   * the answer itself has already been sent.
   */
  static void upload(MethodsClient client, String channel, String threadTs, Reply.Image image) {
    try {
      FilesUploadV2Response response =
          client.filesUploadV2(
              r ->
                  r.channel(channel)
                      .threadTs(threadTs)
                      .filename(image.filename())
                      .title(image.title())
                      .altTxt(image.altText())
                      .fileData(image.data())
                      // The file is shared once completeUploadExternal answers; reading it back
                      // with files.info would only cost a call.
                      .requestFileInfo(false));
      if (!response.isOk()) {
        log.warn("Slack refused the chart upload: {}", response.getError());
      }
    } catch (Exception e) {
      log.warn("could not upload the chart: {}", e.toString());
    }
  }

  private static void toRequesterOnly(
      MethodsClient client, String channel, String threadTs, String user, Reply reply) {
    try {
      ChatPostEphemeralResponse response =
          client.chatPostEphemeral(
              r ->
                  r.channel(channel)
                      .user(user)
                      .threadTs(threadTs)
                      .text(reply.text())
                      .blocks(reply.blocks()));
      if (!response.isOk()) {
        log.warn("chat.postEphemeral refused the answer: {}", response.getError());
      }
    } catch (Exception e) {
      log.warn("could not post the answer: {}", e.toString(), e);
    }
  }
}
