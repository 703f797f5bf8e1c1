package dev.lmiadvisor.server;

import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.mcp.ProtocolWarmUp;
import dev.lmiadvisor.server.stdio.EarlyReplies;
import dev.lmiadvisor.server.stdio.StdioServer;
import dev.lmiadvisor.server.tools.Toolsets;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * The jar's entry point. Without arguments it serves MCP over stdio; with any, it hands them to the
 * command line ({@link LmiAdvisor}).
 *
 * <p>It is a class of its own because the Java launcher looks the main method up among the main
 * class's methods, which loads every type their signatures name. On {@link LmiAdvisor} that was
 * picocli's {@code CommandLine}: compiled for Java 5, it stays out of the AOT cache and goes
 * through the old verifier, which cost every stdio start about 50 ms before {@code main} ran.
 */
public final class Main {

  private static final Duration EARLY_REPLIES_WAIT = Duration.ofMillis(300);

  private Main() {}

  public static void main(String[] args) {
    // Numbers and dates print alike on every machine (the build forbids default-locale calls but
    // String.formatted, which this makes safe).
    Locale.setDefault(Locale.ROOT);
    if (args.length == 0) {
      // MCP over stdio is what assistants start, and they time out slow servers: this path skips
      // building the command-line model, which reflects over every subcommand.
      System.exit(serveStdio());
    }
    System.exit(LmiAdvisor.commandLine().execute(args));
  }

  private static int serveStdio() {
    // The client's first requests are read, and answered, while the rest starts. On two cores the
    // rest slowed those first replies by a quarter (bench/RESULTS.md), so it waits for them, for a
    // request only the SDK can answer, or for a short while, whichever comes first.
    StdioServer stdio = StdioServer.overProcessStreams(EarlyReplies.forFullInventory());
    try {
      stdio.awaitEarlyReplies(EARLY_REPLIES_WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    ProtocolWarmUp.start();
    Services services = new Services();
    try {
      Inventory inventory = Toolsets.inventory(services);
      services.warmUpInBackground();
      stdio.serve(inventory);
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (RuntimeException e) {
      LoggerFactory.getLogger(Main.class).error("the stdio server stopped on an internal error", e);
      return 1;
    }
  }
}
