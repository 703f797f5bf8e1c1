package dev.lmiadvisor.slack.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Slack's message text as a person meant it. Slack escapes {@code &}, {@code <} and {@code >} in
 * the text it sends (https://docs.slack.dev/messaging/formatting-message-text#escaping, as of
 * 2026-11-21), and desktop clients may turn quotes into typographic ones; an AWS command must reach
 * the sandbox as typed, so that shell syntax such as {@code &&} is seen, and refused, for what it
 * is.
 */
public final class SlackText {

  private static final Pattern LEADING_MENTIONS =
      Pattern.compile("^(\\s*<@[A-Z0-9]+(\\|[^>]*)?>)+");

  private SlackText() {}

  public static String plain(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replace('\u201C', '"')
        .replace('\u201D', '"')
        .replace('\u2018', '\'')
        .replace('\u2019', '\'')
        .strip();
  }

  /** The text of an {@code app_mention} without the leading {@code <@BOT>} mention(s). */
  public static String withoutLeadingMention(String text) {
    return LEADING_MENTIONS.matcher(text == null ? "" : text).replaceFirst("").strip();
  }

  /** Splits on white space; double quotes keep a value with spaces together. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (any) {
          words.add(current.toString());
          current.setLength(0);
          any = false;
        }
      } else {
        current.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("A double quote is not closed; close it or remove it.");
    }
    if (any) {
      words.add(current.toString());
    }
    return words;
  }
}
