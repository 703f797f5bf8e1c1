package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.Services;
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
import java.util.concurrent.CountDownLatch;

/** MCP over stdio until the client closes stdin. */
public final class StdioServer {

  private StdioServer() {}

  public static int run(Inventory inventory, Services services) throws InterruptedException {
    // stdout belongs to the protocol. Anything else that prints (a library, a stray println) is
    // sent to stderr instead of corrupting the JSON-RPC stream.
    PrintStream protocol = System.out;
    System.setOut(System.err);
    services.warmUpInBackground();
    serve(inventory, System.in, protocol);
    return 0;
  }

  /** Serves one MCP session over the given streams until the input ends. */
  static void serve(Inventory inventory, InputStream in, OutputStream out)
      throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    var transport =
        new StdioServerTransportProvider(Json.MCP, new EndOfInputSignal(in, closed), out);
    McpSyncServer server = McpServers.stdio(transport, inventory);
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
