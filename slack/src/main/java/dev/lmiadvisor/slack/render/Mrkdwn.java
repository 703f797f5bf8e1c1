package dev.lmiadvisor.slack.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references are Markdown; Slack messages use its own {@code mrkdwn}
 * (https://docs.slack.dev/messaging/formatting-message-text, as of 2026-11-21): {@code *bold*},
 * {@code _italic_}, {@code <url|text>} links, no headings and no tables, and {@code &}, {@code <},
 * {@code >} escaped. This converts what the references use and keeps every piece within Block Kit's
 * limits.
 */
public final class Mrkdwn {

  /**
   * Section text and field limits (https://docs.slack.dev/reference/block-kit/blocks/section-block,
   * as of 2026-11-21).
   */
  public static final int SECTION_TEXT_LIMIT = 3000;

  public static final int FIELD_TEXT_LIMIT = 2000;
  public static final int FIELDS_PER_SECTION = 10;

  /** Header text (https://docs.slack.dev/reference/block-kit/blocks/header-block, 2026-11-21). */
  public static final int HEADER_TEXT_LIMIT = 150;

  /** Blocks per message (https://docs.slack.dev/reference/block-kit/blocks, as of 2026-11-21). */
  public static final int BLOCKS_PER_MESSAGE = 50;

  /** Kept well below chat.postMessage's 40,000 characters: it is only the notification text. */
  public static final int FALLBACK_TEXT_LIMIT = 3000;

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern ITALIC =
      Pattern.compile("(?<![*\\w])\\*(?!\\s)([^*\\n]+?)\\*(?!\\*)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*(\\{#[^}]*})?\\s*$");
  private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}.*$");
  private static final char BOLD_MARK = '\u0001';

  private Mrkdwn() {}

  /** Escapes the three characters Slack reserves, for text that is not formatted. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Markdown of a reference passage as mrkdwn. */
  public static String fromMarkdown(String markdown) {
    List<String> out = new ArrayList<>();
    boolean inCode = false;
    boolean inTable = false;
    for (String line : escape(markdown).split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.startsWith("```")) {
        inCode = !inCode;
        out.add(stripped);
        continue;
      }
      if (inCode) {
        out.add(line);
        continue;
      }
      if (stripped.startsWith("|")) {
        // Slack has no tables: the header row becomes a bold line, each row a bullet.
        if (TABLE_SEPARATOR.matcher(stripped).matches() && !stripped.matches(".*[A-Za-z0-9].*")) {
          continue;
        }
        String cells =
            String.join(" · ", stripped.replaceAll("^\\||\\|$", "").split("\\s*\\|\\s*")).strip();
        out.add(inline(inTable ? "• " + cells : BOLD_MARK + cells + BOLD_MARK));
        inTable = true;
        continue;
      }
      inTable = false;
      out.add(inline(block(line)));
    }
    return String.join("\n", out).replaceAll("\n{3,}", "\n\n").strip();
  }

  /** Line-level forms: headings become bold lines, list items bullets. */
  private static String block(String line) {
    Matcher heading = HEADING.matcher(line);
    if (heading.matches()) {
      return BOLD_MARK + heading.group(1) + BOLD_MARK;
    }
    String stripped = line.strip();
    if (stripped.startsWith("- ") || stripped.startsWith("* ")) {
      return line.substring(0, line.indexOf(stripped)) + "• " + stripped.substring(2);
    }
    return line;
  }

  private static String inline(String line) {
    String result = LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(link(m)));
    result =
        BOLD.matcher(result)
            .replaceAll(m -> Matcher.quoteReplacement(BOLD_MARK + m.group(1) + BOLD_MARK));
    result =
        ITALIC.matcher(result).replaceAll(m -> Matcher.quoteReplacement("_" + m.group(1) + "_"));
    return result.replace(BOLD_MARK, '*');
  }

  private static String link(java.util.regex.MatchResult m) {
    return "<" + m.group(2) + "|" + m.group(1).replace("|", "/") + ">";
  }

  /** A Slack link, for a URL and a title that may carry reserved characters. */
  public static String link(String url, String title) {
    return "<" + url + "|" + escape(title).replace("|", "/") + ">";
  }

  /**
   * Cuts mrkdwn into pieces of at most {@code limit} characters, at a paragraph break, else at a
   * line break, else mid-line, so that a long passage becomes several sections rather than an
   * error.
   */
  public static List<String> chunks(String text, int limit) {
    List<String> pieces = new ArrayList<>();
    String rest = text.strip();
    // Room for a closing and a reopening fence when a cut falls inside a code block.
    int room = limit - 8;
    while (rest.length() > limit) {
      int cut = rest.lastIndexOf("\n\n", room);
      if (cut < room / 2) {
        cut = rest.lastIndexOf('\n', room);
      }
      if (cut < room / 2) {
        cut = room;
      }
      String piece = rest.substring(0, cut).strip();
      rest = rest.substring(cut).strip();
      if (fences(piece) % 2 == 1) {
        piece = piece + "\n```";
        rest = "```\n" + rest;
      }
      pieces.add(piece);
    }
    if (!rest.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  private static int fences(String text) {
    int count = 0;
    for (int i = text.indexOf("```"); i >= 0; i = text.indexOf("```", i + 3)) {
      count++;
    }
    return count;
  }

  public static String truncate(String text, int limit) {
    if (text == null) {
      return "";
    }
    return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
  }
}
