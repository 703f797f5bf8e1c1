package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.server.stdio.EarlyReplies;
import dev.lmiadvisor.server.stdio.StdioServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * The training run for the JDK's ahead-of-time cache, made at package time ({@code
 * -XX:AOTCacheOutput}): one scripted MCP session through the real stdio code path, so the classes a
 * client's first requests need are loaded and linked from the cache at the next start.
 */
@Command(
    name = "aot-training",
    hidden = true,
    description = "Scripted MCP session for the AOT cache.")
public final class AotTrainingCommand implements Callable<Integer> {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  @ParentCommand LmiAdvisor parent;

  /** What a client does first, then one call of every kind of tool. */
  static final List<String> SESSION =
      List.of(
          """
          {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"aot-training","version":"1"}}}""",
          """
          {"jsonrpc":"2.0","method":"notifications/initialized"}""",
          """
          {"jsonrpc":"2.0","id":2,"method":"tools/list"}""",
          """
          {"jsonrpc":"2.0","id":3,"method":"resources/list"}""",
          """
          {"jsonrpc":"2.0","id":4,"method":"prompts/list"}""",
          """
          {"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"answer_question","arguments":{"question":"What does LMI cost compared with Lambda?"}}}""",
          """
          {"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"answer_question","arguments":{"question":"容量提供商一直卡在 Pending 状态怎么办？"}}}""",
          """
          {"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"route_question","arguments":{"question":"Chi phí của LMI là bao nhiêu?"}}}""",
          """
          {"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"read_reference","arguments":{"reference":"no-such-reference"}}}""",
          """
          {"jsonrpc":"2.0","id":9,"method":"resources/read","params":{"uri":"lmi://references/thread-safety"}}""",
          """
          {"jsonrpc":"2.0","id":10,"method":"prompts/get","params":{"name":"troubleshoot_deployment","arguments":{"symptom":"429"}}}""",
          """
          {"jsonrpc":"2.0","id":11,"method":"ping"}""");

  @Override
  public Integer call() throws Exception {
    long requests = SESSION.stream().filter(m -> m.contains("\"id\"")).count();
    CountDownLatch replies = new CountDownLatch((int) requests);
    PipedOutputStream client = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(client, 1 << 16);
    Thread server =
        Thread.ofPlatform()
            .name("aot-training-server")
            .start(
                () -> {
                  try {
                    // As a real start: the front door reads first, the inventory is built after.
                    StdioServer stdio =
                        StdioServer.open(
                            serverIn, new LineCounter(replies), EarlyReplies.forFullInventory());
                    stdio.serve(parent.inventory());
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    for (String message : SESSION) {
      client.write((message + "\n").getBytes(StandardCharsets.UTF_8));
      client.flush();
    }
    boolean answered = replies.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    client.close();
    server.join(TIMEOUT.toMillis());
    System.err.println(
        "aot-training: " + (requests - replies.getCount()) + "/" + requests + " replies");
    return answered ? 0 : 1;
  }

  /** Counts the newline-terminated messages the server writes, and discards them. */
  private static final class LineCounter extends OutputStream {
    private final CountDownLatch replies;
    private final ByteArrayOutputStream ignored = new ByteArrayOutputStream();

    LineCounter(CountDownLatch replies) {
      this.replies = replies;
    }

    @Override
    public void write(int b) throws IOException {
      if (b == '\n') {
        replies.countDown();
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        if (bytes[i] == '\n') {
          replies.countDown();
        }
      }
    }

    @Override
    public String toString() {
      return ignored.toString(StandardCharsets.UTF_8);
    }
  }
}
