package dev.lmiadvisor.slack.approval;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.lmiadvisor.slack.SlackProblem;
import dev.lmiadvisor.slack.render.MessageBuilder;
import dev.lmiadvisor.slack.render.Mrkdwn;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Approve/Deny message in the conversation where the command was given (in its thread for a
 * mention), and its update once decided: the buttons disappear and the message says who decided, or
 * that it expired.
 */
public final class ApprovalPrompt {

  public static final String APPROVE_ACTION = "lmi_approve";
  public static final String DENY_ACTION = "lmi_deny";

  private static final Logger log = LoggerFactory.getLogger(ApprovalPrompt.class);

  private final MethodsClient client;
  private final String channelId;
  private final Optional<String> threadTs;

  public ApprovalPrompt(MethodsClient client, String channelId, Optional<String> threadTs) {
    this.client = client;
    this.channelId = channelId;
    this.threadTs = threadTs;
  }

  /**
   * Posts the buttons.
   *
   * @return the message's timestamp, to update it later
   * @throws SlackProblem when Slack refuses the message
   */
  public String post(ApprovalBoard.Pending pending, String question, String command) {
    String text = "Approval needed: " + question;
    List<LayoutBlock> blocks =
        new MessageBuilder()
            .section(body(pending, question, command))
            .context(
                "Only <@%s> or a configured approver can decide. Expires <!date^%d^{time}|in a few minutes>."
                    .formatted(pending.requester().userId(), pending.expiresAt().getEpochSecond()))
            .add(
                ActionsBlock.builder()
                    .blockId("lmi_approval")
                    .elements(
                        List.of(
                            button(APPROVE_ACTION, "Approve", "primary", pending.id()),
                            button(DENY_ACTION, "Deny", "danger", pending.id())))
                    .build())
            .build();
    try {
      ChatPostMessageResponse response =
          client.chatPostMessage(
              r -> r.channel(channelId).threadTs(threadTs.orElse(null)).text(text).blocks(blocks));
      if (!response.isOk()) {
        throw new SlackProblem(response.getError());
      }
      return response.getTs();
    } catch (SlackProblem e) {
      throw e;
    } catch (Exception e) {
      throw SlackProblem.of(e);
    }
  }

  /** Replaces the buttons with the outcome; a failure here changes nothing about the decision. */
  public void settle(
      ApprovalBoard.Pending pending, String ts, String question, String command, String outcome) {
    List<LayoutBlock> blocks =
        new MessageBuilder().section(body(pending, question, command)).context(outcome).build();
    try {
      ChatUpdateResponse response =
          client.chatUpdate(r -> r.channel(channelId).ts(ts).text(outcome).blocks(blocks));
      if (!response.isOk()) {
        log.warn("could not update the approval message: Slack answered {}", response.getError());
      }
    } catch (Exception e) {
      log.warn("could not update the approval message: {}", SlackProblem.of(e).code());
    }
  }

  private static String body(ApprovalBoard.Pending pending, String question, String command) {
    return "*<@%s> asks to run:*\n```%s```\n%s"
        .formatted(
            pending.requester().userId(),
            Mrkdwn.escape(Mrkdwn.truncate(command, 2000)),
            Mrkdwn.escape(Mrkdwn.truncate(question, 800)));
  }

  private static ButtonElement button(String actionId, String label, String style, String id) {
    return ButtonElement.builder()
        .actionId(actionId)
        .text(PlainTextObject.builder().text(label).build())
        .style(style)
        .value(id)
        .build();
  }
}
