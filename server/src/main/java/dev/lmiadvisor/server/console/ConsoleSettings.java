package dev.lmiadvisor.server.console;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.server.settings.DurationSetting;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The web console's settings, from the environment.
 *
 * @param token the server's bearer token ({@code LMI_ADVISOR_TOKEN}): signing in with it opens the
 *     console; without one (loopback only) anyone on this machine may sign in with a name
 * @param approverToken {@code LMI_ADVISOR_WEB_APPROVER_TOKEN}: when set, only people signed in with
 *     it may approve or deny, so that a client holding the bearer token cannot approve its own
 *     request; when unset, everyone signed in may decide
 * @param approvals {@code LMI_ADVISOR_WEB_APPROVALS=true}: changes from clients that cannot confirm
 *     wait for a person in the console instead of being denied
 * @param approvalExpiry {@code LMI_ADVISOR_WEB_APPROVAL_EXPIRY}, as {@code 90s}, {@code 10m},
 *     {@code 600} or {@code PT10M}
 * @param publicUrl {@code LMI_ADVISOR_WEB_URL}: the console's address as people reach it (behind a
 *     proxy); by default the address the server listens on
 * @param sessionTimeout how long a signed-in session lasts without use
 */
public record ConsoleSettings(
    Optional<String> token,
    Optional<String> approverToken,
    boolean approvals,
    Duration approvalExpiry,
    Optional<String> publicUrl,
    Duration sessionTimeout) {

  public static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(10);
  public static final Duration MIN_EXPIRY = Duration.ofSeconds(10);
  public static final Duration MAX_EXPIRY = Duration.ofHours(24);
  public static final Duration SESSION_TIMEOUT = Duration.ofMinutes(30);

  public static ConsoleSettings fromEnvironment(Map<String, String> env) {
    Optional<String> approver = value(env, "LMI_ADVISOR_WEB_APPROVER_TOKEN");
    approver.ifPresent(
        t -> {
          if (t.length() < 16) {
            throw new UserInputException(
                "LMI_ADVISOR_WEB_APPROVER_TOKEN is shorter than 16 characters; use a long random secret");
          }
          if (t.equals(env.get("LMI_ADVISOR_TOKEN"))) {
            throw new UserInputException(
                "LMI_ADVISOR_WEB_APPROVER_TOKEN must differ from LMI_ADVISOR_TOKEN, or a client holding the bearer token could approve its own requests");
          }
        });
    String approvals = value(env, "LMI_ADVISOR_WEB_APPROVALS").orElse("false");
    if (!approvals.equals("true") && !approvals.equals("false")) {
      throw new UserInputException(
          "LMI_ADVISOR_WEB_APPROVALS must be true or false, not '" + approvals + "'");
    }
    return new ConsoleSettings(
        value(env, "LMI_ADVISOR_TOKEN"),
        approver,
        approvals.equals("true"),
        expiry(value(env, "LMI_ADVISOR_WEB_APPROVAL_EXPIRY")),
        value(env, "LMI_ADVISOR_WEB_URL"),
        SESSION_TIMEOUT);
  }

  /** Settings for a server without a token and without web approvals. */
  public static ConsoleSettings defaults() {
    return new ConsoleSettings(
        Optional.empty(),
        Optional.empty(),
        false,
        DEFAULT_EXPIRY,
        Optional.empty(),
        SESSION_TIMEOUT);
  }

  static Duration expiry(Optional<String> raw) {
    if (raw.isEmpty()) {
      return DEFAULT_EXPIRY;
    }
    return DurationSetting.parse(
        "LMI_ADVISOR_WEB_APPROVAL_EXPIRY", raw.get(), MIN_EXPIRY, MAX_EXPIRY, "");
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
