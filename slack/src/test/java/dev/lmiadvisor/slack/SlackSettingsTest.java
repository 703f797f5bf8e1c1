package dev.lmiadvisor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.slack.compose.ComposerSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The environment a Slack bot starts from, and the message for each mistake. */
class SlackSettingsTest {

  private static final Map<String, String> HTTP_MODE =
      Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc", "SLACK_SIGNING_SECRET", "s3cr3t");

  @Test
  void httpModeWithDefaults() {
    SlackSettings settings = SlackSettings.fromEnvironment(HTTP_MODE);

    assertFalse(settings.socketMode());
    assertEquals(Optional.of("s3cr3t"), settings.signingSecret());
    assertEquals(Set.of(), settings.approvers());
    assertEquals(Duration.ofMinutes(10), settings.approvalExpiry());
    assertEquals(ComposerSettings.Kind.OFF, settings.composer().kind());
    assertFalse(settings.toString().contains("xoxb"), "tokens never appear in logs");
    assertFalse(settings.toString().contains("s3cr3t"), "secrets never appear in logs");
  }

  @Test
  void socketModeNeedsNoSigningSecret() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1-A-2"));
    assertTrue(settings.socketMode());
  }

  @Test
  void approversExpiryAndComposer() {
    Map<String, String> env = new HashMap<>(HTTP_MODE);
    env.put("LMI_SLACK_APPROVERS", "U012AB3CD, W0ENTERPRISE");
    env.put("LMI_SLACK_APPROVAL_EXPIRY", "90s");
    env.put("LMI_SLACK_COMPOSER", "bedrock");
    env.put("LMI_SLACK_BEDROCK_MODEL", "example.model-id-v1:0");
    SlackSettings settings = SlackSettings.fromEnvironment(env);

    assertEquals(Set.of("U012AB3CD", "W0ENTERPRISE"), settings.approvers());
    assertEquals(Duration.ofSeconds(90), settings.approvalExpiry());
    assertEquals(
        new ComposerSettings(ComposerSettings.Kind.BEDROCK, Optional.of("example.model-id-v1:0")),
        settings.composer());
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SLACK_BOT_TOKEN           | ''             | Set SLACK_BOT_TOKEN",
        "SLACK_BOT_TOKEN           | xoxp-user      | Bot User OAuth Token (xoxb-…)",
        "SLACK_SIGNING_SECRET      | ''             | Set SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN           | xoxb-wrong     | SLACK_APP_TOKEN must be an app-level token",
        "LMI_SLACK_APPROVERS       | alice          | 'alice' is not one",
        "LMI_SLACK_APPROVAL_EXPIRY | soon           | must be a duration such as 10m",
        "LMI_SLACK_APPROVAL_EXPIRY | 2s             | between 10s and 25m",
        "LMI_SLACK_APPROVAL_EXPIRY | 1h             | between 10s and 25m",
        "LMI_SLACK_APPROVAL_EXPIRY | 1d             | must be a duration",
        "LMI_SLACK_APPROVAL_EXPIRY | 30m            | between 10s and 25m",
        "LMI_SLACK_COMPOSER        | openai         | must be off or bedrock",
        "LMI_SLACK_COMPOSER        | bedrock        | needs LMI_SLACK_BEDROCK_MODEL"
      })
  void mistakesNameTheVariableAndTheFix(String name, String value, String message) {
    Map<String, String> env = new HashMap<>(HTTP_MODE);
    env.put(name, value);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SlackSettings.fromEnvironment(env));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
