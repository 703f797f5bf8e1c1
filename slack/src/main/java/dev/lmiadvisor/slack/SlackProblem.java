package dev.lmiadvisor.slack;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;

/**
 * A Slack Web API call that failed, with advice a person can act on. Slack names the problem in an
 * {@code error} code (https://docs.slack.dev/reference/methods/chat.postMessage#errors, as of
 * 2026-11-21); the common ones get a sentence saying what to do.
 */
public final class SlackProblem extends RuntimeException {

  private final String code;

  public SlackProblem(String code) {
    super("Slack answered " + code);
    this.code = code;
  }

  public static SlackProblem of(Exception e) {
    return switch (e) {
      case SlackApiException api when api.getError() != null ->
          new SlackProblem(api.getError().getError());
      case IOException io -> new SlackProblem("no answer (" + io.getClass().getSimpleName() + ")");
      default -> new SlackProblem("an unexpected error");
    };
  }

  public String code() {
    return code;
  }

  /** What happened and what to do, in plain words. */
  public String advice() {
    return switch (code) {
      case "not_in_channel" ->
          "the app is not a member of this channel. Invite it (`/invite @LMI Advisor`) and try again.";
      case "channel_not_found" ->
          "the app cannot see this conversation. Use a channel it has been invited to.";
      case "is_archived" -> "this channel is archived. Use another channel.";
      case "missing_scope" ->
          "the app lacks a permission. Reinstall it from `slack/manifest.yaml` so it gets every scope.";
      case "invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive" ->
          "the bot token is not valid. Set SLACK_BOT_TOKEN to the app's current Bot User OAuth Token.";
      case "ratelimited" -> "Slack is rate limiting the app. Try again in a minute.";
      default -> "Slack answered `" + code + "`.";
    };
  }
}
