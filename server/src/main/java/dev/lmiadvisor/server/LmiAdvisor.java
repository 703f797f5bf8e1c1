package dev.lmiadvisor.server;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.server.approvals.WebApprovals;
import dev.lmiadvisor.server.cli.AotTrainingCommand;
import dev.lmiadvisor.server.cli.AuditCommand;
import dev.lmiadvisor.server.cli.ReviewCommand;
import dev.lmiadvisor.server.cli.SlackPointerCommand;
import dev.lmiadvisor.server.cli.ToolCommands;
import dev.lmiadvisor.server.cli.VersionCommand;
import dev.lmiadvisor.server.console.ConsoleSettings;
import dev.lmiadvisor.server.http.HttpMcpServer;
import dev.lmiadvisor.server.http.HttpOptions;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.stdio.StdioServer;
import dev.lmiadvisor.server.tools.Toolsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line, which {@link Main} hands any arguments to: {@code --http} serves Streamable
 * HTTP; subcommands answer people at a terminal.
 */
@Command(
    name = "lmi-advisor",
    mixinStandardHelpOptions = true,
    versionProvider = LmiAdvisor.VersionProvider.class,
    description = {
      "Advice on AWS Lambda Managed Instances for AI assistants (MCP) and people.",
      "Without a subcommand: MCP over stdio (stdout carries only protocol messages).",
      "Each tool subcommand takes the tool's fields as options in kebab-case; add --help to see them."
    })
public final class LmiAdvisor implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(LmiAdvisor.class);

  @Option(
      names = "--http",
      description = "Serve MCP over Streamable HTTP at /mcp instead of stdio.")
  boolean http;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description =
          "Address to bind with --http (default: ${DEFAULT-VALUE}). Beyond loopback LMI_ADVISOR_TOKEN is required.")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port with --http (default: ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(
      names = "--stateless",
      description =
          "With --http: no sessions, for several replicas behind a load balancer (no confirmation prompts).")
  boolean stateless;

  @Option(names = "--read-only", description = "Offer only tools annotated read-only.")
  boolean readOnly;

  @Option(
      names = "--toolsets",
      split = ",",
      description =
          "Offer only these toolsets (comma-separated): knowledge, regions, sizing, sandbox, review, live.")
  Set<String> toolsets;

  @Option(
      names = "--allowed-origin",
      description =
          "Extra browser Origin allowed with --http (repeatable), e.g. https://assistant.example.com.")
  List<String> allowedOrigins = List.of();

  private final Services services;

  public LmiAdvisor() {
    this(new Services());
  }

  /**
   * @param services the domain services the tools run on (a test points the live-account tools at a
   *     loopback account)
   */
  public LmiAdvisor(Services services) {
    this.services = services;
  }

  public static CommandLine commandLine() {
    return commandLine(new Services());
  }

  /** The command line over these services. */
  public static CommandLine commandLine(Services services) {
    LmiAdvisor advisor = new LmiAdvisor(services);
    CommandLine cli = new CommandLine(advisor);
    ToolCommands.addTo(cli, advisor, Toolsets.inventory(advisor.services));
    cli.addSubcommand(new ReviewCommand());
    cli.addSubcommand(new AuditCommand());
    cli.addSubcommand(new SlackPointerCommand());
    cli.addSubcommand(new VersionCommand());
    cli.addSubcommand(new AotTrainingCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UserInputException) {
            commandLine.getErr().println(commandLine.getCommandName() + ": " + e.getMessage());
            return 2;
          }
          if (e instanceof java.io.IOException) {
            log.debug("start-up failed", e);
            commandLine.getErr().println("lmi-advisor: " + e.getMessage());
            return 1;
          }
          if (e instanceof IllegalStateException
              && e.getMessage() != null
              && e.getMessage().contains("correlation id")) {
            // A tool's fault: the invoker logged it in full; this is the line that names its id.
            commandLine.getErr().println(commandLine.getCommandName() + ": " + e.getMessage());
            return 1;
          }
          log.error("internal error", e);
          commandLine.getErr().println("lmi-advisor: internal error; see the log above");
          return 1;
        });
    return cli;
  }

  public Inventory inventory() {
    Inventory inventory = Toolsets.inventory(services);
    if (readOnly) {
      inventory = inventory.readOnly();
    }
    if (toolsets != null && !toolsets.isEmpty()) {
      inventory = inventory.toolsets(toolsets);
    }
    return inventory;
  }

  public Services services() {
    return services;
  }

  @Override
  public Integer call() throws Exception {
    if (http) {
      HttpOptions options =
          new HttpOptions(
              host,
              port,
              stateless,
              Optional.ofNullable(System.getenv("LMI_ADVISOR_TOKEN")).filter(t -> !t.isBlank()),
              allowedOrigins);
      ConsoleSettings console = ConsoleSettings.fromEnvironment(System.getenv());
      Optional<WebApprovals> approvals = Optional.empty();
      if (console.approvals()) {
        if (stateless) {
          // Requests live in one process; replicas behind a load balancer would not share them.
          log.warn("LMI_ADVISOR_WEB_APPROVALS is ignored with --stateless");
        } else {
          approvals =
              Optional.of(
                  new WebApprovals(
                      services::sandbox, console.approvalExpiry(), java.time.Clock.systemUTC()));
          approvals.ifPresent(services::webApprovals);
        }
      }
      try (HttpMcpServer server =
          HttpMcpServer.start(
              options,
              inventory(),
              Optional.of(new HttpMcpServer.ConsoleParts(console, services::sandbox, approvals)))) {
        services.warmUpInBackground();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.await();
      }
      return 0;
    }
    // Flags may narrow the inventory, so the early replies (of the full one) are not used.
    StdioServer stdio = StdioServer.overProcessStreams(Optional.empty());
    Inventory inventory = inventory();
    services.warmUpInBackground();
    stdio.serve(inventory);
    return 0;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"lmi-advisor " + Version.current(), "Java " + Runtime.version()};
    }
  }
}
