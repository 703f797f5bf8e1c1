package dev.lmiadvisor.slack;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.Version;
import dev.lmiadvisor.server.tools.Toolsets;
import dev.lmiadvisor.slack.approval.ApprovalBoard;
import dev.lmiadvisor.slack.compose.Composers;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar slack/target/lmi-advisor-slack.jar}: the Slack bot. HTTP mode serves {@code
 * /slack/events}; with {@code SLACK_APP_TOKEN} set it connects through Socket Mode instead and
 * needs no public URL. Settings come from the environment (see {@link SlackSettings}).
 */
@Command(
    name = "lmi-advisor-slack",
    mixinStandardHelpOptions = true,
    versionProvider = SlackFrontEnd.VersionProvider.class,
    description = {
      "LMI Advisor in Slack: /lmi, @mentions, Approve/Deny for AWS changes.",
      "Needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode).",
      "Exit codes: 2 a setting to fix, 3 Slack could not be reached or refused the tokens."
    })
public final class SlackFrontEnd implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(SlackFrontEnd.class);

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address for HTTP mode (default: ${DEFAULT-VALUE}; put a TLS proxy or tunnel in front, or use 0.0.0.0 behind one).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "3000",
      description = "Port for HTTP mode (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--check-config",
      description =
          "Check the settings (tokens' form, signing secret or app token, approvers, expiry,"
              + " composer) and exit: 0 when they are usable, 2 with what to fix. Calls nothing.")
  boolean checkConfig;

  /** Exit code of a start-up that could not reach or convince Slack. */
  static final int NOT_CONNECTED = 3;

  public static void main(String[] args) {
    // As in LmiAdvisor: numbers and dates print alike on every machine.
    java.util.Locale.setDefault(java.util.Locale.ROOT);
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new SlackFrontEnd());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println("lmi-advisor-slack: " + e.getMessage());
            return 2;
          }
          if (e instanceof IOException) {
            // One line that says what to check; the cause is in the log at debug level.
            commandLine.getErr().println("lmi-advisor-slack: " + e.getMessage());
            return NOT_CONNECTED;
          }
          log.error("internal error", e);
          commandLine.getErr().println("lmi-advisor-slack: internal error; see the log above");
          return 1;
        });
    return cli;
  }

  @Override
  public Integer call() throws Exception {
    SlackSettings settings = SlackSettings.fromEnvironment(System.getenv());
    if (checkConfig) {
      System.out.println(
          "lmi-advisor-slack: the settings are usable (%s mode%s, %d approver(s), approvals expire after %s, composer %s). Nothing was sent to Slack."
              .formatted(
                  settings.socketMode() ? "Socket" : "HTTP",
                  settings.socketMode() ? "" : " on " + host + ":" + port,
                  settings.approvers().size(),
                  settings.approvalExpiry(),
                  settings.composer().kind().name().toLowerCase(java.util.Locale.ROOT)));
      return 0;
    }
    Services services = new Services();
    CommandRunner runner =
        new CommandRunner(Toolsets.inventory(services), Composers.create(settings.composer()));
    AppConfig config =
        AppConfig.builder()
            .singleTeamBotToken(settings.botToken())
            .signingSecret(settings.signingSecret().orElse(null))
            .build();
    ApprovalBoard board = new ApprovalBoard(settings.approvers(), settings.approvalExpiry());
    log.info("starting with {}", settings);
    try (LmiSlackApp slack = new LmiSlackApp(config, runner, board)) {
      services.warmUpInBackground();
      if (settings.socketMode()) {
        SocketModeApp socketMode;
        try {
          socketMode =
              new SocketModeApp(
                  settings.appToken().orElseThrow(),
                  slack.app(),
                  SocketModeClient.Backend.JavaWebSocket);
          socketMode.startAsync();
        } catch (Exception e) {
          throw notConnected(e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        log.info("connected to Slack through Socket Mode");
        stopped.await();
        socketMode.close();
      } else {
        try (SlackHttpServer server = SlackHttpServer.start(host, port, slack.app())) {
          Runtime.getRuntime().addShutdownHook(new Thread(server::close));
          server.await();
        }
      }
    }
    return 0;
  }

  /**
   * Bolt checks the tokens with Slack at start-up; its message alone ("The token is invalid") is
   * misleading when Slack simply cannot be reached.
   */
  static IOException notConnected(Exception cause) {
    log.debug("start-up check with Slack failed", cause);
    return new IOException(
        "Slack did not confirm the tokens at start-up ("
            + cause.getMessage()
            + "). Check SLACK_BOT_TOKEN (and SLACK_APP_TOKEN in Socket Mode), and that this machine"
            + " can reach slack.com over HTTPS.");
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"lmi-advisor-slack " + Version.current(), "Java " + Runtime.version()};
    }
  }
}
