package dev.lmiadvisor.tools.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveSettingsTest {

  private static LiveSettings from(Map<String, String> env) {
    return LiveSettings.fromEnvironment(env, SandboxSettings.fromEnvironment(env));
  }

  @Test
  void defaults_boundEveryToolCall() {
    LiveSettings s = from(Map.of());
    assertEquals(Duration.ofSeconds(10), s.callTimeout());
    assertEquals(Duration.ofSeconds(60), s.deadline());
    assertEquals(40, s.maxCalls());
    assertEquals(5, s.maxPages());
    assertEquals(Optional.empty(), s.endpoint());
  }

  @Test
  void theProfile_isTheSandboxes() {
    assertEquals(
        Optional.of("reader"), from(Map.of("LMI_ADVISOR_AWS_PROFILE", "reader")).profile());
    assertEquals(Optional.of("dev"), from(Map.of("AWS_PROFILE", "dev")).profile());
  }

  @Test
  void settings_areRead() {
    LiveSettings s =
        from(
            Map.of(
                "LMI_ADVISOR_LIVE_MAX_CALLS", "12",
                "LMI_ADVISOR_LIVE_MAX_PAGES", "2",
                "LMI_ADVISOR_LIVE_CALL_TIMEOUT_SECONDS", "3",
                "LMI_ADVISOR_LIVE_DEADLINE_SECONDS", "30",
                "LMI_ADVISOR_LIVE_ENDPOINT_URL", "http://127.0.0.1:4566"));
    assertEquals(12, s.maxCalls());
    assertEquals(2, s.maxPages());
    assertEquals(Duration.ofSeconds(3), s.callTimeout());
    assertEquals(Duration.ofSeconds(30), s.deadline());
    assertEquals("http://127.0.0.1:4566", s.endpoint().orElseThrow().toString());
  }

  @Test
  void badValues_nameTheSettingAndItsRange() {
    assertEquals(
        "LMI_ADVISOR_LIVE_MAX_CALLS must be a whole number from 5 to 500, not 'lots'",
        assertThrows(
                IllegalArgumentException.class,
                () -> from(Map.of("LMI_ADVISOR_LIVE_MAX_CALLS", "lots")))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> from(Map.of("LMI_ADVISOR_LIVE_CALL_TIMEOUT_SECONDS", "0")));
    assertThrows(
        IllegalArgumentException.class,
        () -> from(Map.of("LMI_ADVISOR_LIVE_ENDPOINT_URL", "https://evil.example.com")));
  }
}
