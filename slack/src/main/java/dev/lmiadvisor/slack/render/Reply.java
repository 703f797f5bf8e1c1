package dev.lmiadvisor.slack.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;

/**
 * One message for Slack: Block Kit blocks, the plain text Slack shows in notifications and where
 * blocks cannot be shown, whether the whole channel sees it, and an image to upload beside it
 * (compare_costs' break-even chart).
 */
public record Reply(
    List<LayoutBlock> blocks, String text, boolean inChannel, Optional<Image> image) {

  public Reply {
    blocks = List.copyOf(blocks);
    text = Mrkdwn.truncate(text, Mrkdwn.FALLBACK_TEXT_LIMIT);
  }

  public Reply(List<LayoutBlock> blocks, String text, boolean inChannel) {
    this(blocks, text, inChannel, Optional.empty());
  }

  /** A short message only the requester sees: help, a problem they can fix. */
  public static Reply privately(String mrkdwn) {
    return new Reply(new MessageBuilder().section(mrkdwn).build(), mrkdwn, false);
  }

  public Reply withImage(Image value) {
    return new Reply(blocks, text, inChannel, Optional.of(value));
  }

  /**
   * A file to upload with the answer.
   *
   * @param filename what Slack names the file
   * @param title the file's title in the channel
   * @param altText what the image shows, for screen readers
   */
  public record Image(String filename, String title, String altText, byte[] data) {
    public Image {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }
  }
}
