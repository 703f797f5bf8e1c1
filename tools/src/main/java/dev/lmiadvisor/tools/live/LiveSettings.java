package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * How the live-account tools reach AWS: the server's credentials (the same chain and profile as the
 * sandbox: {@code LMI_ADVISOR_AWS_PROFILE}, else {@code AWS_PROFILE}, else the SDK's default chain)
 * and the bounds of one tool call.
 *
 * @param profile the profile in use, named in error messages; empty for the default chain
 * @param callTimeout LMI_ADVISOR_LIVE_CALL_TIMEOUT_SECONDS, default 10: one API call, retries
 *     included
 * @param deadline LMI_ADVISOR_LIVE_DEADLINE_SECONDS, default 60: the whole tool call; calls not
 *     started by then are skipped and the report says so
 * @param maxCalls LMI_ADVISOR_LIVE_MAX_CALLS, default 40: AWS API calls per tool call
 * @param maxPages LMI_ADVISOR_LIVE_MAX_PAGES, default 5: pages read from one paginated list
 * @param endpoint LMI_ADVISOR_LIVE_ENDPOINT_URL: one endpoint for every service, on loopback only
 *     (LocalStack, moto, test stubs)
 */
public record LiveSettings(
    Supplier<AwsCredentialsProvider> credentials,
    Optional<String> profile,
    Duration callTimeout,
    Duration deadline,
    int maxCalls,
    int maxPages,
    Optional<URI> endpoint) {

  public static final int DEFAULT_MAX_CALLS = 40;
  public static final int DEFAULT_MAX_PAGES = 5;

  public LiveSettings {
    if (maxCalls < 1 || maxPages < 1) {
      throw new IllegalArgumentException("the call and page limits must be at least 1");
    }
  }

  /** The settings from LMI_ADVISOR_LIVE_* variables, with the sandbox's credentials and profile. */
  public static LiveSettings fromEnvironment(Map<String, String> env, SandboxSettings sandbox) {
    return new LiveSettings(
        sandbox.credentials(),
        sandbox.allowedProfile(),
        Duration.ofSeconds(number(env, "LMI_ADVISOR_LIVE_CALL_TIMEOUT_SECONDS", 10, 1, 120)),
        Duration.ofSeconds(number(env, "LMI_ADVISOR_LIVE_DEADLINE_SECONDS", 60, 5, 900)),
        number(env, "LMI_ADVISOR_LIVE_MAX_CALLS", DEFAULT_MAX_CALLS, 5, 500),
        number(env, "LMI_ADVISOR_LIVE_MAX_PAGES", DEFAULT_MAX_PAGES, 1, 50),
        Optional.ofNullable(env.get("LMI_ADVISOR_LIVE_ENDPOINT_URL"))
            .filter(v -> !v.isBlank())
            .map(v -> LoopbackEndpoint.parse("LMI_ADVISOR_LIVE_ENDPOINT_URL", v)));
  }

  /** The same settings with other credentials (tests, and callers that hold their own). */
  public LiveSettings withCredentials(AwsCredentialsProvider provider) {
    return new LiveSettings(
        () -> provider, profile, callTimeout, deadline, maxCalls, maxPages, endpoint);
  }

  /** The same settings against a loopback endpoint. */
  public LiveSettings withEndpoint(String url) {
    return new LiveSettings(
        credentials,
        profile,
        callTimeout,
        deadline,
        maxCalls,
        maxPages,
        Optional.of(LoopbackEndpoint.parse("endpoint", url)));
  }

  /** The same settings with another call budget. */
  public LiveSettings withMaxCalls(int calls) {
    return new LiveSettings(credentials, profile, callTimeout, deadline, calls, maxPages, endpoint);
  }

  private static int number(Map<String, String> env, String name, int fallback, int min, int max) {
    String text = env.get(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "%s must be a whole number from %d to %d, not '%s'".formatted(name, min, max, text));
  }
}
