package dev.lmiadvisor.slack;

import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
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
