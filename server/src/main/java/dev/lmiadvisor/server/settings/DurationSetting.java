package dev.lmiadvisor.server.settings;

import dev.lmiadvisor.errors.UserInputException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A time span in an environment setting, as people write it: {@code 90s}, {@code 10m}, {@code 1h},
 * {@code 600} (seconds) or ISO-8601 {@code PT10M}. Shared by the Slack bot's and the web console's
 * approval expiries.
 */
public final class DurationSetting {

  private DurationSetting() {}

  /**
   * @param setting the variable's name, for the message
   * @param bounds why the limits are what they are, appended to the message; may be empty
   * @throws UserInputException when the text is no duration or lies outside the limits
   */
  public static Duration parse(
      String setting, String raw, Duration min, Duration max, String bounds) {
    String text = raw.strip().toLowerCase(Locale.ROOT);
    Duration duration;
    try {
      if (text.startsWith("pt")) {
        duration = Duration.parse(text.toUpperCase(Locale.ROOT));
      } else if (text.endsWith("h")) {
        duration = Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1)));
      } else if (text.endsWith("m")) {
        duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1)));
      } else if (text.endsWith("s")) {
        duration = Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
      } else {
        duration = Duration.ofSeconds(Long.parseLong(text));
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new UserInputException(
          "%s must be a duration such as 10m, 90s, 600 or PT10M, not '%s'."
              .formatted(setting, raw));
    }
    if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
      throw new UserInputException(
          "%s must be between %s and %s%s."
              .formatted(setting, words(min), words(max), bounds.isEmpty() ? "" : " " + bounds));
    }
    return duration;
  }

  /** {@code PT25M} as {@code 25m}, {@code PT10S} as {@code 10s}. */
  public static String words(Duration duration) {
    return duration.toString().substring(2).toLowerCase(Locale.ROOT);
  }
}
