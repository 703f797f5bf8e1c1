package dev.lmiadvisor.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One message for Slack: Block Kit blocks, the plain text Slack shows in notifications and where
 * blocks cannot be shown, and whether the whole channel sees it.
 */
public record Reply(List<LayoutBlock> blocks, String text, boolean inChannel) {

  public Reply {
    blocks = List.copyOf(blocks);
    text = Mrkdwn.truncate(text, Mrkdwn.FALLBACK_TEXT_LIMIT);
  }

  /** A short message only the requester sees: help, a problem they can fix. */
  public static Reply privately(String mrkdwn) {
    return new Reply(new MessageBuilder().section(mrkdwn).build(), mrkdwn, false);
  }
}
