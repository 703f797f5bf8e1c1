package dev.lmiadvisor.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** slack/manifest.yaml declares what the code handles, so an install from it works. */
class ManifestTest {

  @Test
  void manifestMatchesTheHandlers() throws Exception {
    JsonNode manifest = new YAMLMapper().readTree(Path.of("manifest.yaml").toFile());

    JsonNode command = manifest.path("features").path("slash_commands").get(0);
    assertEquals(LmiSlackApp.COMMAND, command.path("command").asText());
    assertTrue(manifest.path("settings").path("interactivity").path("is_enabled").asBoolean());
    List<String> events =
        strings(manifest.path("settings").path("event_subscriptions").path("bot_events"));
    assertEquals(List.of("app_mention"), events);
    for (JsonNode url :
        List.of(
            command.path("url"),
            manifest.path("settings").path("interactivity").path("request_url"),
            manifest.path("settings").path("event_subscriptions").path("request_url"))) {
      assertTrue(url.asText().endsWith(SlackHttpServer.ENDPOINT), url.asText());
    }
    assertTrue(
        strings(manifest.path("oauth_config").path("scopes").path("bot"))
            .containsAll(List.of("commands", "app_mentions:read", "chat:write", "files:write")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }
}
