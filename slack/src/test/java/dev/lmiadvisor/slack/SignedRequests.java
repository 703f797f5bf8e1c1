package dev.lmiadvisor.slack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests as Slack sends them, signed the way Slack documents
 * (https://docs.slack.dev/authentication/verifying-requests-from-slack, as of 2026-11-21): {@code
 * v0=} HMAC-SHA256 of {@code v0:<timestamp>:<body>} with the signing secret. Written here from the
 * documentation rather than with Bolt's own helper, so that the test checks Bolt against Slack's
 * rule and not against itself.
 */
final class SignedRequests {

  /** Slack's own limit for an acknowledgement; the tests' HTTP client waits no longer. */
  static final Duration SLACK_ACK_LIMIT = Duration.ofSeconds(3);

  private final URI endpoint;
  private final String signingSecret;
  private final HttpClient http = HttpClient.newHttpClient();

  SignedRequests(int port, String signingSecret) {
    this.endpoint = URI.create("http://127.0.0.1:" + port + SlackHttpServer.ENDPOINT);
    this.signingSecret = signingSecret;
  }

  HttpResponse<String> slashCommand(String text, Person person, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-unused");
    form.put("team_id", person.teamId());
    form.put("team_domain", "lmi-test");
    form.put("channel_id", person.channelId());
    form.put("channel_name", "lmi");
    form.put("user_id", person.userId());
    form.put("user_name", "someone");
    form.put("command", "/lmi");
    form.put("text", text);
    form.put("api_app_id", "A0APP");
    form.put("response_url", responseUrl);
    form.put("trigger_id", "1.2.3");
    return post(formBody(form), "application/x-www-form-urlencoded", Instant.now(), signingSecret);
  }

  /** A click on a button, as the signed {@code block_actions} payload. */
  HttpResponse<String> click(String actionId, String value, Person person, String responseUrl) {
    String payload =
        """
        {"type":"block_actions","api_app_id":"A0APP","token":"legacy-unused","trigger_id":"1.2.3",
         "team":{"id":"%s","domain":"lmi-test"},
         "user":{"id":"%s","username":"someone","team_id":"%s"},
         "channel":{"id":"%s","name":"lmi"},
         "container":{"type":"message","message_ts":"1700000000.000101","channel_id":"%s"},
         "response_url":"%s",
         "actions":[{"type":"button","action_id":"%s","block_id":"lmi_approval","value":"%s",
                     "action_ts":"1700000001.000200","text":{"type":"plain_text","text":"x"}}]}"""
            .formatted(
                person.teamId(),
                person.userId(),
                person.teamId(),
                person.channelId(),
                person.channelId(),
                responseUrl,
                actionId,
                value);
    return post(
        formBody(Map.of("payload", payload)),
        "application/x-www-form-urlencoded",
        Instant.now(),
        signingSecret);
  }

  /** An {@code app_mention} event callback; {@code retry} adds Slack's redelivery header. */
  HttpResponse<String> mention(String text, Person person, String ts, boolean retry) {
    String body =
        """
        {"token":"legacy-unused","team_id":"%s","api_app_id":"A0APP","type":"event_callback",
         "event_id":"Ev%s","event_time":1700000000,
         "event":{"type":"app_mention","user":"%s","text":"%s","ts":"%s","channel":"%s",
                  "event_ts":"%s","team":"%s"}}"""
            .formatted(
                person.teamId(),
                ts.replace(".", ""),
                person.userId(),
                text.replace("\"", "\\\""),
                ts,
                person.channelId(),
                ts,
                person.teamId());
    HttpRequest.Builder request = signed(body, "application/json", Instant.now(), signingSecret);
    if (retry) {
      request.header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout");
    }
    return send(request.build());
  }

  /** Any body, with a chosen timestamp and secret, to test the signature check itself. */
  HttpResponse<String> post(String body, String contentType, Instant timestamp, String secret) {
    return send(signed(body, contentType, timestamp, secret).build());
  }

  static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpRequest.Builder signed(
      String body, String contentType, Instant timestamp, String secret) {
    String ts = Long.toString(timestamp.getEpochSecond());
    return HttpRequest.newBuilder(endpoint)
        .timeout(SLACK_ACK_LIMIT)
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", ts)
        .header("X-Slack-Signature", "v0=" + hmac(secret, "v0:" + ts + ":" + body))
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new AssertionError("the Slack endpoint did not answer within 3 seconds: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static String hmac(String secret, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Who sends the request. */
  record Person(String teamId, String channelId, String userId) {
    Map<String, String> identity() {
      return Map.of("team_id", teamId, "channel_id", channelId, "user_id", userId);
    }
  }
}
