package dev.lmiadvisor.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import dev.lmiadvisor.server.LiveAccount;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.tools.Toolsets;
import dev.lmiadvisor.slack.approval.ApprovalBoard;
import dev.lmiadvisor.slack.compose.AnswerComposer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The real Slack front-end (Bolt, its signature check, Tomcat) wired to a loopback Slack Web API
 * stub, with the server's real inventory plus any test tools.
 */
final class SlackHarness implements AutoCloseable {

  static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final SignedRequests.Person REQUESTER =
      new SignedRequests.Person("T0TEAM", "C0CHANNEL", "U0REQUESTER");
  static final SignedRequests.Person BYSTANDER =
      new SignedRequests.Person("T0TEAM", "C0CHANNEL", "U0BYSTANDER");
  static final SignedRequests.Person APPROVER =
      new SignedRequests.Person("T0TEAM", "C0CHANNEL", "U0APPROVER");

  /** The account the live-account tools read: a loopback stub, never a real account. */
  static final LiveAccount ACCOUNT = LiveAccount.start();

  /** Built once: loading the knowledge index is the slow part of a test. */
  static final Services SERVICES = ACCOUNT.services(System.getenv());

  final SlackApiStub stub;
  final LmiSlackApp slack;
  final SlackHttpServer server;
  final SignedRequests requests;
  final Inventory inventory;
  final ApprovalBoard board;

  private SlackHarness(
      List<ToolDefinition> extraTools, Duration expiry, Optional<AnswerComposer> composer)
      throws IOException {
    this(extraTools, List.of(), expiry, composer);
  }

  private SlackHarness(
      List<ToolDefinition> extraTools,
      List<String> withoutTools,
      Duration expiry,
      Optional<AnswerComposer> composer)
      throws IOException {
    Inventory real = Toolsets.inventory(SERVICES);
    List<ToolDefinition> tools = new ArrayList<>(real.tools());
    List<String> replaced = new ArrayList<>(withoutTools);
    extraTools.forEach(t -> replaced.add(t.name()));
    tools.removeIf(t -> replaced.contains(t.name()));
    tools.addAll(extraTools);
    inventory = new Inventory(tools, real.resources(), real.prompts());
    stub = new SlackApiStub();
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(stub.apiPrefix());
    AppConfig config =
        AppConfig.builder()
            .signingSecret(SIGNING_SECRET)
            .singleTeamBotToken("xoxb-test-token")
            .slack(Slack.getInstance(slackConfig))
            .build();
    board = new ApprovalBoard(Set.of(APPROVER.userId()), expiry);
    slack = new LmiSlackApp(config, new CommandRunner(inventory, composer), board);
    server = SlackHttpServer.start("127.0.0.1", 0, slack.app());
    requests = new SignedRequests(server.port(), SIGNING_SECRET);
  }

  static SlackHarness start(ToolDefinition... extraTools) throws IOException {
    return new SlackHarness(List.of(extraTools), Duration.ofSeconds(30), Optional.empty());
  }

  /** The real inventory without the named tools, as in a build that lacks them. */
  static SlackHarness without(String... toolNames) throws IOException {
    return new SlackHarness(
        List.of(), List.of(toolNames), Duration.ofSeconds(30), Optional.empty());
  }

  static SlackHarness withExpiry(Duration expiry, ToolDefinition... extraTools) throws IOException {
    return new SlackHarness(List.of(extraTools), expiry, Optional.empty());
  }

  static SlackHarness withComposer(AnswerComposer composer) throws IOException {
    return new SlackHarness(List.of(), Duration.ofSeconds(30), Optional.of(composer));
  }

  /** A Web API client bound to the stub, as the handlers get it from Bolt. */
  com.slack.api.methods.MethodsClient client() {
    return slack.app().config().getSlack().methods("xoxb-test-token");
  }

  @Override
  public void close() {
    server.close();
    slack.close();
    stub.close();
  }
}
