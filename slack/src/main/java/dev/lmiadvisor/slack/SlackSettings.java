package dev.lmiadvisor.slack;

import dev.lmiadvisor.server.settings.DurationSetting;
import dev.lmiadvisor.slack.compose.ComposerSettings;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Slack front-end's settings, from the environment. Tokens are never logged or shown.
 *
 * @param signingSecret verifies HTTP requests; not needed in Socket Mode
 * @param botToken the Bot User OAuth Token ({@code xoxb-…})
 * @param appToken an app-level token ({@code xapp-…}) with {@code connections:write}: Socket Mode
 * @param approvers user ids who may approve anyone's command, besides the requester
 * @param approvalExpiry how long Approve/Deny buttons wait
 */
public record SlackSettings(
    Optional<String> signingSecret,
    String botToken,
    Optional<String> appToken,
    Set<String> approvers,
    Duration approvalExpiry,
    ComposerSettings composer) {

  public static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(10);

  /**
   * A slash command's response_url accepts answers for 30 minutes
   * (https://docs.slack.dev/interactivity/handling-user-interaction#message_responses, as of
   * 2026-11-21); the result of an approved command must still get through.
   */
  public static final Duration MAX_EXPIRY = Duration.ofMinutes(25);

  public static final Duration MIN_EXPIRY = Duration.ofSeconds(10);

  private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

  public SlackSettings {
    approvers = Set.copyOf(approvers);
  }

  /**
   * @throws IllegalArgumentException naming the variable to set or fix
   */
  public static SlackSettings fromEnvironment(Map<String, String> env) {
    Optional<String> appToken = value(env, "SLACK_APP_TOKEN");
    appToken.ifPresent(
        t -> {
          if (!t.startsWith("xapp-")) {
            throw new IllegalArgumentException(
                "SLACK_APP_TOKEN must be an app-level token (xapp-…) with the connections:write scope,"
                    + " from the app's Basic Information page.");
          }
        });
    String botToken =
        value(env, "SLACK_BOT_TOKEN")
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Set SLACK_BOT_TOKEN to the app's Bot User OAuth Token (xoxb-…), from the"
                            + " app's OAuth & Permissions page."));
    if (!botToken.startsWith("xoxb-")) {
      throw new IllegalArgumentException(
          "SLACK_BOT_TOKEN must be a Bot User OAuth Token (xoxb-…), from OAuth & Permissions.");
    }
    Optional<String> signingSecret = value(env, "SLACK_SIGNING_SECRET");
    if (appToken.isEmpty() && signingSecret.isEmpty()) {
      throw new IllegalArgumentException(
          "Set SLACK_SIGNING_SECRET (Basic Information → Signing Secret) for HTTP mode, or"
              + " SLACK_APP_TOKEN for Socket Mode.");
    }
    return new SlackSettings(
        signingSecret,
        botToken,
        appToken,
        approvers(value(env, "LMI_SLACK_APPROVERS").orElse("")),
        expiry(value(env, "LMI_SLACK_APPROVAL_EXPIRY")),
        ComposerSettings.fromEnvironment(env));
  }

  public boolean socketMode() {
    return appToken.isPresent();
  }

  static Set<String> approvers(String list) {
    Set<String> ids =
        Arrays.stream(list.split("[,\\s]+"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    for (String id : ids) {
      if (!USER_ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "LMI_SLACK_APPROVERS takes Slack user ids such as U012AB3CD, comma-separated; '"
                + id
                + "' is not one (a profile's ⋮ menu → Copy member ID).");
      }
    }
    return ids;
  }

  /**
   * {@code 10m}, {@code 90s}, {@code 600} (seconds) or ISO-8601 {@code PT10M}; see {@link
   * DurationSetting}.
   */
  static Duration expiry(Optional<String> raw) {
    if (raw.isEmpty()) {
      return DEFAULT_EXPIRY;
    }
    return DurationSetting.parse(
        "LMI_SLACK_APPROVAL_EXPIRY",
        raw.get(),
        MIN_EXPIRY,
        MAX_EXPIRY,
        "(a slash command's answer must reach Slack within 30 minutes)");
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  @Override
  public String toString() {
    return "SlackSettings[mode=%s, approvers=%s, approvalExpiry=%s, composer=%s]"
        .formatted(socketMode() ? "socket" : "http", approvers, approvalExpiry, composer.kind());
  }
}
