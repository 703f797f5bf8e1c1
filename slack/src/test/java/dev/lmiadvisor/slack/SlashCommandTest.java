package dev.lmiadvisor.slack;

import static dev.lmiadvisor.slack.SlackHarness.REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolRequest;
import dev.lmiadvisor.server.output.ToolJson;
import dev.lmiadvisor.tools.live.AwsOperation;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /lmi} through real Bolt and its signature check, answered through response_url; the live
 * subcommands read the loopback account through the real AWS SDK.
 */
class SlashCommandTest {

  private static final Duration ANSWER_WAIT = Duration.ofSeconds(60);

  private static SlackHarness slack;

  @BeforeAll
  static void start() throws Exception {
    slack = SlackHarness.start();
  }

  @AfterAll
  static void stop() {
    slack.close();
  }

  @Test
  void signedAsk_isAnsweredInTheChannelWithTheRoutedReferenceAsBlockKit() {
    String question = "How much memory per vCPU should a Java function get on LMI?";
    Map<String, Object> expected =
        ToolJson.toMap(
            slack
                .inventory
                .tool("answer_question")
                .orElseThrow()
                .handler()
                .handle(new ToolRequest(Map.of("question", question), Caller.commandLine()))
                .structured());

    HttpResponse<String> ack =
        slack.requests.slashCommand("ask " + question, REQUESTER, slack.stub.responseUrl("ask"));
    assertEquals(200, ack.statusCode());

    SlackApiStub.Call answer = slack.stub.awaitResponse("ask", ANSWER_WAIT);
    assertEquals("in_channel", answer.json().path("response_type").asText());
    JsonNode blocks = answer.blocks();
    assertEquals("header", blocks.get(0).path("type").asText());
    assertEquals(expected.get("title"), blocks.get(0).path("text").path("text").asText());
    String readable = answer.readable();
    assertTrue(
        readable.contains("`" + expected.get("reference") + "`")
            && readable.contains("_" + expected.get("title") + "_"),
        "the reference is named in words: " + readable);
    assertFalse(readable.contains("lmi://"), "no link Slack cannot open: " + readable);
    List<String> headings = new ArrayList<>();
    ((List<?>) expected.get("passages"))
        .forEach(p -> headings.add(String.valueOf(((Map<?, ?>) p).get("heading"))));
    assertTrue(readable.contains("*" + headings.getFirst() + "*"), "the first passage is shown");
    for (String heading : headings.subList(1, headings.size())) {
      if (heading.equals(headings.getFirst())) {
        continue; // a second passage of the first one's section has the same heading
      }
      assertFalse(
          readable.contains("*" + heading + "*"),
          "passage '" + heading + "' waits behind a button");
    }
    assertTrue(
        blocks.toString().contains("\"action_id\":\"lmi_more_passages\""), blocks.toString());

    slack.requests.click(
        "lmi_more_passages", question, REQUESTER, slack.stub.responseUrl("ask-more"));
    SlackApiStub.Call more = slack.stub.awaitResponse("ask-more", ANSWER_WAIT);
    assertEquals("ephemeral", more.json().path("response_type").asText(), "only to who pressed");
    for (String heading : headings.subList(1, headings.size())) {
      assertTrue(more.readable().contains("*" + heading + "*"), "then '" + heading + "' is shown");
    }
    assertTrue(readable.contains("<@" + REQUESTER.userId() + ">"), "says who asked");
  }

  @Test
  void wrongSignature_isRefusedWith401_andNothingRuns() {
    String body =
        SignedRequests.formBody(
            Map.of(
                "command", "/lmi",
                "text", "ask what is LMI",
                "team_id", "T0TEAM",
                "user_id", "U0REQUESTER",
                "response_url", slack.stub.responseUrl("forged")));
    HttpResponse<String> response =
        slack.requests.post(
            body, "application/x-www-form-urlencoded", Instant.now(), "not-the-signing-secret");

    assertEquals(401, response.statusCode());
    assertNothingAnswered("forged");
  }

  @Test
  void correctlySignedButReplayedOldRequest_isRefusedWith401() {
    String body =
        SignedRequests.formBody(
            Map.of(
                "command", "/lmi",
                "text", "ask what is LMI",
                "team_id", "T0TEAM",
                "user_id", "U0REQUESTER",
                "response_url", slack.stub.responseUrl("replayed")));
    HttpResponse<String> response =
        slack.requests.post(
            body,
            "application/x-www-form-urlencoded",
            Instant.now().minus(Duration.ofMinutes(10)),
            SlackHarness.SIGNING_SECRET);

    assertEquals(401, response.statusCode());
    assertNothingAnswered("replayed");
  }

  @Test
  void unknownSubcommand_isAnsweredAtOnceInPlainWords() {
    HttpResponse<String> ack =
        slack.requests.slashCommand("deploy everything", REQUESTER, slack.stub.responseUrl("x"));

    assertEquals(200, ack.statusCode());
    assertTrue(ack.body().contains("`deploy` is not an /lmi subcommand"), ack.body());
    assertTrue(ack.body().contains("ephemeral"), ack.body());
    assertFalse(ack.body().contains("Exception"), ack.body());
  }

  @Test
  void commandWhoseToolIsNotInThisBuild_saysSoInPlainWords() throws Exception {
    try (SlackHarness partial = SlackHarness.without("compare_costs")) {
      HttpResponse<String> ack =
          partial.requests.slashCommand("cost 50M 120 2048", REQUESTER, "http://unused");

      assertEquals(200, ack.statusCode());
      assertTrue(ack.body().contains("`/lmi cost` is not available in this build"), ack.body());
    }
  }

  @Test
  void aProblemTheToolReports_reachesThePersonInItsOwnWords() throws Exception {
    String message = "unknown region 'us-east-9'; did you mean us-east-1?";
    try (SlackHarness slack =
        SlackHarness.start(TestTools.failingRegion(new UserInputException(message)))) {
      slack.requests.slashCommand("region us-east-9", REQUESTER, slack.stub.responseUrl("r"));

      SlackApiStub.Call answer = slack.stub.awaitResponse("r", ANSWER_WAIT);
      assertEquals("ephemeral", answer.json().path("response_type").asText());
      assertTrue(answer.readable().contains(message), answer.readable());
    }
  }

  @Test
  void aFaultOfOurs_showsOnlyACorrelationId() throws Exception {
    try (SlackHarness slack =
        SlackHarness.start(
            TestTools.failingRegion(new IllegalStateException("secret internal detail")))) {
      slack.requests.slashCommand("region eu-west-1", REQUESTER, slack.stub.responseUrl("f"));

      String readable = slack.stub.awaitResponse("f", ANSWER_WAIT).readable();
      assertTrue(readable.matches("(?s).*correlation id `[0-9a-f-]{36}`.*"), readable);
      assertFalse(readable.contains("secret internal detail"), readable);
      assertFalse(readable.contains("IllegalStateException"), readable);
      assertFalse(readable.contains("\tat "), readable);
    }
  }

  @Test
  void healthAnswersWithoutASignature() throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + slack.server.port() + "/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals("{\"status\":\"ok\"}", response.body());
  }

  @Test
  void help_listsTheSubcommands() {
    HttpResponse<String> ack = slack.requests.slashCommand("help", REQUESTER, "http://unused");

    assertEquals(200, ack.statusCode());
    for (String word : List.of("ask", "size", "cost", "region", "run")) {
      assertTrue(ack.body().contains("/lmi " + word), word + " in " + ack.body());
    }
  }

  @Test
  void helpForOneSubcommand_listsItsToolsArgumentsFromTheSchema() throws Exception {
    try (SlackHarness slack =
        SlackHarness.start(TestTools.failingRegion(new IllegalArgumentException("unused")))) {
      String help =
          SlackApiStub.Call.ofAck(
                  slack.requests.slashCommand("help region", REQUESTER, "http://x").body())
              .readable();

      assertTrue(help.contains("/lmi region &lt;region code&gt; [live=true]"), help);
      assertTrue(help.contains("`region` (required)"), help);
      assertTrue(help.contains("`live` — Probe live."), help);
    }
  }

  @Test
  void acknowledgementComesBeforeSlowWorkFinishes() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (SlackHarness slow = SlackHarness.start(TestTools.slowSizing(started, release))) {
      // The request's own timeout is Slack's 3 seconds; the tool will not return until released.
      HttpResponse<String> ack =
          slow.requests.slashCommand("size java arm64", REQUESTER, slow.stub.responseUrl("size"));

      assertEquals(200, ack.statusCode());
      assertEquals(1, release.getCount(), "acknowledged while the tool is still working");
      assertTrue(slow.stub.responses("size").isEmpty(), "no answer before the work is done");

      release.countDown();
      SlackApiStub.Call answer = slow.stub.awaitResponse("size", ANSWER_WAIT);
      String readable = answer.readable();
      assertTrue(readable.contains("*Minimum execution environments*\n3"), readable);
      assertTrue(readable.contains("c7g.xlarge, c8g.xlarge"), readable);
      assertTrue(readable.contains("*Architecture*\narm64"), readable);
    }
  }

  private static void assertNothingAnswered(String responseId) {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertTrue(slack.stub.responses(responseId).isEmpty(), "an unsigned request must do nothing");
  }

  // ---- the live-account tools, reading the loopback account through the real AWS SDK ----

  @AfterEach
  void grantEverythingAgain() {
    SlackHarness.ACCOUNT.lmi.denied.clear();
  }

  @Test
  void inspect_showsTheProviderItsStateAndTheCallsOnRecord() {
    slack.requests.slashCommand(
        "inspect us-east-1 orders-cp", REQUESTER, slack.stub.responseUrl("inspect"));
    SlackApiStub.Call answer = slack.stub.awaitResponse("inspect", ANSWER_WAIT);
    assertEquals("in_channel", answer.json().path("response_type").asText());
    assertEquals("header", answer.blocks().get(0).path("type").asText());
    assertEquals(
        "Capacity provider orders-cp: Active",
        answer.blocks().get(0).path("text").path("text").asText());
    String readable = answer.readable();
    assertTrue(readable.contains("`orders-api:7` Active"), readable);
    assertTrue(readable.contains("Egress to AWS APIs*\nnat"), readable);
    assertTrue(readable.contains("Read-only · "), readable);
    assertTrue(readable.contains("audit record `"), readable);
  }

  @Test
  void inspect_aRefusedRead_namesTheActionToGrant_andShowsTheRest() {
    SlackHarness.ACCOUNT.lmi.deny(AwsOperation.DESCRIBE_ROUTE_TABLES);
    slack.requests.slashCommand("inspect us-east-1", REQUESTER, slack.stub.responseUrl("denied"));
    String readable = slack.stub.awaitResponse("denied", ANSWER_WAIT).readable();
    assertTrue(readable.contains("Grant `ec2:DescribeRouteTables`"), readable);
    assertTrue(readable.contains("LIVE-ACCESS-DENIED"), readable);
    assertTrue(readable.contains("`orders-api:7` Active"), "the rest is still there: " + readable);
  }

  @Test
  void assess_showsTheVerdictTheWindowAndBothBills() {
    slack.requests.slashCommand(
        "assess reports-api us-east-1 days=3", REQUESTER, slack.stub.responseUrl("assess"));
    SlackApiStub.Call answer = slack.stub.awaitResponse("assess", ANSWER_WAIT);
    String header = answer.blocks().get(0).path("text").path("text").asText();
    assertTrue(header.startsWith("reports-api: "), header);
    String readable = answer.readable();
    assertTrue(readable.contains("3 days, 72 of 72 hours with data, 0 gap(s)"), readable);
    assertTrue(readable.contains("steady (peak-to-mean"), readable);
    assertTrue(readable.contains("Standard Lambda a month*\n$"), readable);
    assertTrue(readable.contains("*Cheaper*\n*"), readable);
  }

  @Test
  void assess_withoutTheRegion_saysWhatToType() throws Exception {
    HttpResponse<String> ack =
        slack.requests.slashCommand(
            "assess reports-api", REQUESTER, slack.stub.responseUrl("usage"));
    assertEquals(200, ack.statusCode());
    JsonNode reply = new ObjectMapper().readTree(ack.body());
    assertEquals("ephemeral", reply.path("response_type").asText());
    assertEquals(
        "`/lmi assess` needs region. Usage: `/lmi assess <function_name> <region> [days=14]`",
        reply.path("text").asText());
  }
}
