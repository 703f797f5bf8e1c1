package dev.lmiadvisor.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lmiadvisor.server.approvals.WebApprovals;
import io.modelcontextprotocol.client.McpSyncClient;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web console over real HTTP on the embedded Tomcat beside {@code /mcp}: sign-in and its
 * cookie, CSRF refusals, and the approval flow from a real MCP client that cannot elicit, through
 * the real sandbox and AWS SDK to a loopback AWS endpoint, with every step in the audit log.
 */
class WebConsoleTest extends ConsoleServerFixture {

  // --- a browser, by hand --------------------------------------------------------------------

  /** One browser: its session cookie, sent back like a browser would. */
  final class Browser {
    String cookie;

    HttpResponse<String> get(String path) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
      if (cookie != null) {
        request.header("Cookie", cookie);
      }
      return keep(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
      if (cookie != null) {
        request.header("Cookie", cookie);
      }
      return keep(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
      response
          .headers()
          .firstValue("Set-Cookie")
          .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
      return response;
    }

    /** Signs in through the login page, as a person would. */
    HttpResponse<String> signIn(String name, String token) throws Exception {
      HttpResponse<String> page = get("/login");
      assertEquals(200, page.statusCode());
      return post(
          "/login", Map.of("csrf", csrf(page.body()), "name", name, "token", token, "next", "/"));
    }

    String csrfOf(String path) throws Exception {
      return csrf(get(path).body());
    }
  }

  static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]{64})\"").matcher(html);
    assertTrue(m.find(), "the page has a form with a CSRF token: " + html);
    return m.group(1);
  }

  private static String encode(Map<String, String> form) {
    List<String> pairs = new ArrayList<>();
    form.forEach(
        (k, v) ->
            pairs.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", pairs);
  }

  // --- sign-in ---------------------------------------------------------------------------------

  @Test
  void signingInGivesAFreshHttpOnlySameSiteStrictSessionCookie() throws Exception {
    start(Optional.empty());
    Browser browser = new Browser();
    HttpResponse<String> anonymous = browser.get("/audit");
    assertEquals(303, anonymous.statusCode());
    assertEquals("/login?next=%2Faudit", anonymous.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> login = browser.get("/login?next=/audit");
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("<label for=\"token\">Token</label>"), "labelled field");
    String before = browser.cookie;
    assertNotNull(before, "the login form's CSRF token lives in a session");

    HttpResponse<String> wrong =
        browser.post(
            "/login",
            Map.of(
                "csrf",
                csrf(login.body()),
                "name",
                "Ada",
                "token",
                "not-the-token-at-all",
                "next",
                "/audit"));
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.body().contains("not this server"), wrong.body());
    assertEquals(303, browser.get("/audit").statusCode(), "still signed out");

    HttpResponse<String> signedIn =
        browser.post(
            "/login",
            Map.of("csrf", csrf(wrong.body()), "name", "Ada", "token", TOKEN, "next", "/audit"));
    assertEquals(303, signedIn.statusCode());
    assertEquals("/audit", signedIn.headers().firstValue("Location").orElseThrow());
    String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.startsWith("JSESSIONID="), setCookie);
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    assertNotEquals(before, browser.cookie, "a new session id at sign-in");
    assertFalse(setCookie.contains(TOKEN), "the token itself never goes to the browser");

    HttpResponse<String> audit = browser.get("/audit");
    assertEquals(200, audit.statusCode());
    assertTrue(audit.body().contains("Signed in as Ada"), audit.body());
    assertEquals(
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'",
        audit.headers().firstValue("Content-Security-Policy").orElseThrow());

    // An address elsewhere is never where a sign-in leads.
    Browser other = new Browser();
    HttpResponse<String> page = other.get("/login");
    HttpResponse<String> away =
        other.post(
            "/login",
            Map.of(
                "csrf",
                csrf(page.body()),
                "name",
                "Eve",
                "token",
                TOKEN,
                "next",
                "//evil.example/"));
    assertEquals("/", away.headers().firstValue("Location").orElseThrow());

    // Sign out ends the session.
    assertEquals(303, browser.post("/logout", Map.of("csrf", browser.csrfOf("/"))).statusCode());
    assertEquals(303, browser.get("/audit").statusCode());
  }

  @Test
  void aForeignHostIsRefused() throws Exception {
    start(Optional.empty());
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Origin", "http://evil.example")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, response.statusCode());
  }

  @Test
  void everyFormWithoutThisSessionsCsrfTokenIsRefused() throws Exception {
    start(Optional.empty());
    Browser browser = new Browser();
    browser.signIn("Ada", TOKEN);
    Map<String, String> costs =
        Map.of("monthly_requests", "259200000", "avg_duration_ms", "200", "memory_mb", "512");
    for (String path : List.of("/calculators/costs", "/ask", "/logout")) {
      assertEquals(403, browser.post(path, costs).statusCode(), path + " without a token");
      Map<String, String> forged = new LinkedHashMap<>(costs);
      forged.put("csrf", "0".repeat(64));
      assertEquals(403, browser.post(path, forged).statusCode(), path + " with a forged token");
    }
    // Another session's token is no good either.
    Browser other = new Browser();
    other.signIn("Bob", TOKEN);
    Map<String, String> borrowed = new LinkedHashMap<>(costs);
    borrowed.put("csrf", other.csrfOf("/"));
    assertEquals(403, browser.post("/calculators/costs", borrowed).statusCode());
    // A sign-in form from nowhere (login CSRF) is refused as well.
    assertEquals(
        403, new Browser().post("/login", Map.of("name", "Mallory", "token", TOKEN)).statusCode());

    Map<String, String> good = new LinkedHashMap<>(costs);
    good.put("csrf", browser.csrfOf("/calculators/costs"));
    HttpResponse<String> answer = browser.post("/calculators/costs", good);
    assertEquals(200, answer.statusCode());
    assertTrue(answer.body().contains("<img src=\"data:image/svg+xml;base64,"), "the chart");
    assertTrue(answer.body().contains("Break-even"), answer.body());
  }

  @Test
  void bearerTokenReadsButCannotPost() throws Exception {
    start(Optional.empty());
    HttpResponse<String> export =
        http.send(
            HttpRequest.newBuilder(uri("/audit.jsonl"))
                .header("Authorization", "Bearer " + TOKEN)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, export.statusCode());
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(uri("/approvals/" + "a".repeat(32)))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decision=approve"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, post.statusCode(), "a client holding the token cannot approve by script");
  }

  // --- approvals -------------------------------------------------------------------------------

  @Test
  void aChangeFromAClientThatCannotAskWaitsForAPersonAndRunsOnceApproved() throws Exception {
    start(Optional.empty());
    aws.on(
        "POST /2025-11-30/capacity-providers",
        "{\"CapacityProvider\":{\"CapacityProviderArn\":\"arn:aws:lambda:us-east-1:111122223333:capacity-provider:orders-cp\",\"State\":\"Pending\"}}");
    String command = createProvider("orders-cp");
    try (McpSyncClient client = mcpClient()) {
      Map<String, Object> first = call(client, Map.of("command", command, "mode", "execute"));
      assertEquals("pending_approval", first.get("decision"), first.toString());
      assertEquals("pending", first.get("confirmation"));
      assertEquals(false, first.get("executed"));
      String id = (String) first.get("approval_id");
      assertTrue(id.matches("[0-9a-f]{32}"), id);
      String url = (String) first.get("approval_url");
      assertEquals("http://127.0.0.1:" + server.port() + "/approvals/" + id, url);
      assertTrue(aws.received.isEmpty(), "nothing was sent");

      // Asking again before anyone decided changes nothing.
      Map<String, Object> early =
          call(client, Map.of("command", command, "mode", "execute", "approval_id", id));
      assertEquals("pending_approval", early.get("decision"));
      assertEquals(id, early.get("approval_id"));

      // The person sees it and approves it.
      Browser ada = new Browser();
      ada.signIn("Ada Lovelace", TOKEN);
      HttpResponse<String> list = ada.get("/approvals");
      assertTrue(list.body().contains("/approvals/" + id), list.body());
      HttpResponse<String> detail = ada.get("/approvals/" + id);
      assertTrue(detail.body().contains("CreateCapacityProvider"), "what will be sent is shown");
      assertTrue(detail.body().contains("Approve and let it run once"), detail.body());
      HttpResponse<String> approved =
          ada.post("/approvals/" + id, Map.of("csrf", csrf(detail.body()), "decision", "approve"));
      assertEquals(303, approved.statusCode());
      // One decision: a second click, even the opposite one, changes nothing.
      HttpResponse<String> again =
          ada.post("/approvals/" + id, Map.of("csrf", csrf(detail.body()), "decision", "deny"));
      assertEquals(409, again.statusCode());
      assertTrue(again.body().contains("already decided"), again.body());

      // Another command does not ride on this approval.
      Map<String, Object> other =
          call(
              client,
              Map.of("command", createProvider("other-cp"), "mode", "execute", "approval_id", id));
      assertEquals("denied", other.get("decision"));
      assertEquals(WebApprovals.RULE_MISMATCH, other.get("rule"));

      // The client's retry runs it, once.
      Map<String, Object> retry =
          call(client, Map.of("command", command, "mode", "execute", "approval_id", id));
      assertEquals("executed", retry.get("outcome"), retry.toString());
      assertEquals("accepted", retry.get("confirmation"));
      assertEquals(1, aws.received.size());
      assertTrue(aws.received.getFirst().authorization().startsWith("AWS4-HMAC-SHA256"));
      Map<String, Object> twice =
          call(client, Map.of("command", command, "mode", "execute", "approval_id", id));
      assertEquals(WebApprovals.RULE_USED, twice.get("rule"));
      assertEquals(1, aws.received.size(), "an approved command runs once");
    }

    // Every step is in the audit log, with who approved; the chain is intact.
    Browser ada = new Browser();
    ada.signIn("Ada Lovelace", TOKEN);
    HttpResponse<String> export = ada.get("/audit.jsonl?rule=web-approval");
    assertEquals(200, export.statusCode());
    List<JsonNode> lines = new ArrayList<>();
    for (String line : export.body().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertEquals(
        List.of("call", "call", "approval_decided"),
        lines.stream().map(l -> l.path("type").asText()).toList(),
        export.body());
    JsonNode decided = lines.get(2);
    assertEquals("Ada Lovelace", decided.path("approver").path("console_user").asText());
    assertEquals(lines.get(0).path("id").asText(), decided.path("id").asText(), "one story");
    List<JsonNode> executed = new ArrayList<>();
    for (String line : ada.get("/audit.jsonl").body().split("\n")) {
      JsonNode record = JSON.readTree(line);
      if ("executed".equals(record.path("outcome").asText())) {
        executed.add(record);
      }
    }
    assertEquals(1, executed.size());
    assertEquals(
        "Ada Lovelace", executed.getFirst().path("approver").path("console_user").asText());
    HttpResponse<String> audit = ada.get("/audit?decision=pending_approval");
    assertTrue(audit.body().contains("Chain verified just now: intact"), audit.body());
    assertTrue(audit.body().contains("approval_decided"), audit.body());
    assertTrue(audit.body().contains("Ada Lovelace"), audit.body());
  }

  @Test
  void aRequestNobodyDecidesLapsesAndADeniedOneNeverRuns() throws Exception {
    start(Optional.empty());
    try (McpSyncClient client = mcpClient()) {
      String lapsing = createProvider("lapsing-cp");
      String id =
          (String) call(client, Map.of("command", lapsing, "mode", "execute")).get("approval_id");
      clock.advance(Duration.ofMinutes(11));
      Map<String, Object> late =
          call(client, Map.of("command", lapsing, "mode", "execute", "approval_id", id));
      assertEquals(WebApprovals.RULE_EXPIRED, late.get("rule"), late.toString());
      Browser ada = new Browser();
      ada.signIn("Ada", TOKEN);
      HttpResponse<String> detail = ada.get("/approvals/" + id);
      assertFalse(
          detail.body().contains("Approve and let it run once"), "no decision after expiry");

      String denied = createProvider("denied-cp");
      String second =
          (String) call(client, Map.of("command", denied, "mode", "execute")).get("approval_id");
      HttpResponse<String> page = ada.get("/approvals/" + second);
      assertEquals(
          303,
          ada.post("/approvals/" + second, Map.of("csrf", csrf(page.body()), "decision", "deny"))
              .statusCode());
      Map<String, Object> outcome =
          call(client, Map.of("command", denied, "mode", "execute", "approval_id", second));
      assertEquals("declined", outcome.get("confirmation"));
      assertEquals("not_executed", outcome.get("outcome"));
      assertTrue(aws.received.isEmpty());
      String types = ada.get("/audit.jsonl?rule=web-approval").body();
      assertTrue(types.contains("\"approval_expired\""), types);
    }
  }

  @Test
  void withAnApproverTokenTheBearerTokenReadsButCannotDecide() throws Exception {
    start(Optional.of(APPROVER_TOKEN));
    try (McpSyncClient client = mcpClient()) {
      String command = createProvider("guarded-cp");
      String id =
          (String) call(client, Map.of("command", command, "mode", "execute")).get("approval_id");
      Browser viewer = new Browser();
      viewer.signIn("Viewer", TOKEN);
      HttpResponse<String> page = viewer.get("/approvals/" + id);
      assertFalse(page.body().contains("Approve and let it run once"));
      assertEquals(
          403,
          viewer
              .post("/approvals/" + id, Map.of("csrf", csrf(page.body()), "decision", "approve"))
              .statusCode());
      Browser approver = new Browser();
      approver.signIn("Grace", APPROVER_TOKEN);
      HttpResponse<String> decide = approver.get("/approvals/" + id);
      assertTrue(decide.body().contains("Signed in as Grace (approver)"), decide.body());
      assertEquals(
          303,
          approver
              .post("/approvals/" + id, Map.of("csrf", csrf(decide.body()), "decision", "approve"))
              .statusCode());
    }
  }

  // --- calculators and ask ---------------------------------------------------------------------

  @Test
  void theCalculatorsAndAskAnswerThroughTheTools() throws Exception {
    start(Optional.empty());
    Browser browser = new Browser();
    browser.signIn("Ada", TOKEN);
    HttpResponse<String> region = browser.get("/calculators/region");
    assertEquals(200, region.statusCode());
    assertTrue(region.body().matches("(?s).*Not available \\(\\d+\\).*cn-north-1.*"), "by status");
    HttpResponse<String> checked =
        browser.post(
            "/calculators/region", Map.of("csrf", csrf(region.body()), "region", "cn-north-1"));
    assertTrue(checked.body().contains("cn-north-1 ("), checked.body());
    assertTrue(checked.body().contains("not_available"), checked.body());

    HttpResponse<String> sizing = browser.get("/calculators/sizing");
    HttpResponse<String> sized =
        browser.post(
            "/calculators/sizing",
            Map.of("csrf", csrf(sizing.body()), "runtime", "java", "peak_concurrency", "200"));
    assertEquals(200, sized.statusCode());
    assertTrue(sized.body().contains("Memory gib per vcpu"), sized.body());

    HttpResponse<String> mistake =
        browser.post(
            "/calculators/costs",
            Map.of(
                "csrf",
                csrf(sizing.body()),
                "monthly_requests",
                "many",
                "avg_duration_ms",
                "1",
                "memory_mb",
                "512"));
    assertTrue(
        mistake.body().contains("role=\"alert\">&#39;monthly_requests&#39; must be a whole number"),
        mistake.body());

    HttpResponse<String> ask = browser.get("/ask");
    HttpResponse<String> answered =
        browser.post(
            "/ask",
            Map.of(
                "csrf",
                csrf(ask.body()),
                "question",
                "What is the minimum memory of an LMI function?"));
    assertEquals(200, answered.statusCode());
    assertTrue(answered.body().contains("From the reference"), answered.body());
    assertTrue(answered.body().contains("Must mention"), answered.body());
    assertTrue(answered.body().contains("class=\"passage\""), answered.body());
  }
}
