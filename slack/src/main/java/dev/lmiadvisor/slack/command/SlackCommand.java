package dev.lmiadvisor.slack.command;

import java.util.List;
import java.util.Optional;

/**
 * What a person asked for: a subcommand and the text after it. A mention without a subcommand word
 * is a question ({@code @LMI Advisor how do I size a Java function?}).
 *
 * @param rest the text after the subcommand word, unescaped
 */
public record SlackCommand(Subcommand subcommand, String rest) {

  /**
   * Reads the text after {@code /lmi}.
   *
   * @throws IllegalArgumentException for an unknown subcommand, naming the known ones
   */
  public static SlackCommand ofSlashCommand(String text) {
    String plain = SlackText.plain(text);
    if (plain.isEmpty()) {
      return new SlackCommand(Subcommand.HELP, "");
    }
    String first = plain.split("\\s+", 2)[0];
    Optional<Subcommand> subcommand = Subcommand.of(first);
    if (subcommand.isEmpty()) {
      throw new IllegalArgumentException(
          "`%s` is not an /lmi subcommand. Try `/lmi ask <question>`, or `/lmi help` for all of them."
              .formatted(first));
    }
    return new SlackCommand(subcommand.get(), plain.substring(first.length()).strip());
  }

  /** Reads a mention: a leading subcommand word is honoured, anything else is a question. */
  public static SlackCommand ofMention(String text) {
    String plain = SlackText.plain(SlackText.withoutLeadingMention(text));
    if (plain.isEmpty()) {
      return new SlackCommand(Subcommand.HELP, "");
    }
    String first = plain.split("\\s+", 2)[0];
    return Subcommand.of(first)
        .map(s -> new SlackCommand(s, plain.substring(first.length()).strip()))
        .orElseGet(() -> new SlackCommand(Subcommand.ASK, plain));
  }

  public List<String> words() {
    return SlackText.words(rest);
  }
}
