package dev.lmiadvisor.server.stdio;

import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.mcp.Json;
import dev.lmiadvisor.server.mcp.McpServers;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * MCP over stdio until the client closes stdin. It reads the client from the moment it is opened,
 * and answers the first requests early ({@link FrontDoor}) while the caller builds the inventory
 * and the SDK starts.
 */
public final class StdioServer {

  private final LineQueue sdkIn = new LineQueue();
  private final ProtocolOut out;
  private final FrontDoor door;

  private StdioServer(InputStream in, OutputStream out, Optional<EarlyReplies> replies) {
    this.out = new ProtocolOut(out);
    this.door = new FrontDoor(in, sdkIn, this.out, replies);
    Thread.ofPlatform().daemon().name("stdio-front-door").start(door);
  }

  /**
   * Starts reading the client on the process's stdin. stdout then belongs to the protocol: anything
   * else that prints (a library, a stray println) goes to stderr instead of corrupting the stream.
   *
   * @param replies the early replies, only for a server that will serve the full inventory
   */
  public static StdioServer overProcessStreams(Optional<EarlyReplies> replies) {
    PrintStream protocol = System.out;
    System.setOut(System.err);
    return open(System.in, protocol, replies);
  }

  /** Starts reading the client on these streams. */
  public static StdioServer open(InputStream in, OutputStream out, Optional<EarlyReplies> replies) {
    return new StdioServer(in, out, replies);
  }

  /**
   * Waits until the client's first requests have been answered early, the client has sent one only
   * the SDK can answer, its input has ended, or the time is up.
   *
   * @return false when the time was up first
   */
  public boolean awaitEarlyReplies(Duration atMost) throws InterruptedException {
    return door.awaitEarlyReplies(atMost);
  }

  /** Serves one MCP session with this inventory until the client's input ends. */
  public void serve(Inventory inventory) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    var transport =
        new StdioServerTransportProvider(
            Json.MCP, new EndOfInputSignal(sdkIn, closed), out.forSdk());
    McpSyncServer server = McpServers.stdio(transport, inventory);
    door.sdkServing();
    closed.await();
    server.closeGracefully();
  }

  /** Counts down when the client closes our stdin: that is how a stdio client says goodbye. */
  private static final class EndOfInputSignal extends FilterInputStream {
    private final CountDownLatch closed;

    EndOfInputSignal(InputStream in, CountDownLatch closed) {
      super(in);
      this.closed = closed;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        closed.countDown();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n < 0) {
        closed.countDown();
      }
      return n;
    }
  }
}
