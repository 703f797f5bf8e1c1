package dev.lmiadvisor.slack.render;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds Block Kit blocks within Slack's limits: long text becomes several sections, more than ten
 * fields several field sections, and a message never exceeds the block limit (the last block then
 * says that the rest was left out).
 */
public final class MessageBuilder {

  private final List<LayoutBlock> blocks = new ArrayList<>();
  private boolean truncated;

  public MessageBuilder header(String plainText) {
    return add(
        HeaderBlock.builder()
            .text(
                PlainTextObject.builder()
                    .text(Mrkdwn.truncate(plainText, Mrkdwn.HEADER_TEXT_LIMIT))
                    .emoji(false)
                    .build())
            .build());
  }

  /** One or more sections of mrkdwn text. */
  public MessageBuilder section(String mrkdwn) {
    for (String chunk : Mrkdwn.chunks(mrkdwn, Mrkdwn.SECTION_TEXT_LIMIT)) {
      add(SectionBlock.builder().text(markdown(chunk)).build());
    }
    return this;
  }

  /** Label and value pairs shown as a two-column table, ten fields per section. */
  public MessageBuilder fields(Map<String, String> labelToValue) {
    List<TextObject> fields = new ArrayList<>();
    labelToValue.forEach(
        (label, value) ->
            fields.add(
                markdown(Mrkdwn.truncate("*" + label + "*\n" + value, Mrkdwn.FIELD_TEXT_LIMIT))));
    for (int i = 0; i < fields.size(); i += Mrkdwn.FIELDS_PER_SECTION) {
      add(
          SectionBlock.builder()
              .fields(
                  List.copyOf(
                      fields.subList(i, Math.min(fields.size(), i + Mrkdwn.FIELDS_PER_SECTION))))
              .build());
    }
    return this;
  }

  /** Small grey text under the content: provenance, pointers. */
  public MessageBuilder context(String mrkdwn) {
    return add(
        ContextBlock.builder()
            .elements(List.of(markdown(Mrkdwn.truncate(mrkdwn, Mrkdwn.SECTION_TEXT_LIMIT))))
            .build());
  }

  public MessageBuilder divider() {
    return add(DividerBlock.builder().build());
  }

  public MessageBuilder add(LayoutBlock block) {
    if (blocks.size() < Mrkdwn.BLOCKS_PER_MESSAGE - 1) {
      blocks.add(block);
    } else {
      truncated = true;
    }
    return this;
  }

  public List<LayoutBlock> build() {
    List<LayoutBlock> result = new ArrayList<>(blocks);
    if (truncated) {
      result.add(
          ContextBlock.builder()
              .elements(List.of(markdown("_The rest did not fit in one Slack message._")))
              .build());
    }
    return result;
  }

  static MarkdownTextObject markdown(String text) {
    return MarkdownTextObject.builder().text(text).build();
  }
}
