package dev.lmiadvisor.server.stdio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Reads the client's stdin from the first moment and passes every byte on to the SDK. While the SDK
 * is still starting (building the inventory and its first use of Jackson, Reactor and its own
 * classes take most of a cold start), it answers the client's first requests from {@link
 * EarlyReplies}: an {@code initialize} for a protocol version the server speaks, then, once the
 * client has said it is initialized (the SDK holds requests until then too), the first pages of the
 * tool, resource and prompt lists.
 *
 * <p>The {@code initialize} is still passed on, so the SDK's session learns the client's
 * capabilities as usual ({@link ProtocolOut} drops its second reply); an early list request is not,
 * since its reply is already sent. Anything else waits in order for the SDK, which answers it as
 * the protocol says.
 */
final class FrontDoor implements Runnable {

  /** Lines longer than this are passed on unread: the early requests are a few hundred bytes. */
  static final int READ_LIMIT = 64 * 1024;

  private final InputStream in;
  private final LineQueue sdkIn;
  private final ProtocolOut out;
  private final Optional<EarlyReplies> replies;
  private volatile boolean sdkServing;
  private boolean firstLine = true;
  private boolean answeredInitialize;
  private boolean clientInitialized;
  private final CountDownLatch earlyDone = new CountDownLatch(1);

  FrontDoor(InputStream in, LineQueue sdkIn, ProtocolOut out, Optional<EarlyReplies> replies) {
    this.in = in;
    this.sdkIn = sdkIn;
    this.out = out;
    this.replies = replies;
  }

  /** See {@link StdioServer#awaitEarlyReplies}. */
  boolean awaitEarlyReplies(Duration atMost) throws InterruptedException {
    return earlyDone.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** From now on the SDK answers everything. */
  void sdkServing() {
    sdkServing = true;
  }

  @Override
  public void run() {
    try {
      pump();
    } catch (IOException e) {
      LoggerFactory.getLogger(FrontDoor.class).debug("stdin closed", e);
    } finally {
      earlyDone.countDown();
      sdkIn.end();
    }
  }

  private void pump() throws IOException {
    byte[] buffer = new byte[8192];
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean unread = false;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          line.write(buffer, start, i + 1 - start);
          start = i + 1;
          if (unread) {
            sdkIn.put(line.toByteArray());
            unread = false;
          } else {
            take(line.toByteArray());
          }
          line.reset();
        }
      }
      line.write(buffer, start, n - start);
      if (unread || line.size() > READ_LIMIT) {
        sdkIn.put(line.toByteArray());
        line.reset();
        unread = true;
        firstLine = false;
        // Whatever it is, only the SDK can answer it.
        earlyDone.countDown();
      }
    }
    // A last line without its newline: the SDK decides what it is.
    sdkIn.put(line.toByteArray());
  }

  /** One complete line, newline included. */
  private void take(byte[] line) throws IOException {
    boolean first = firstLine;
    firstLine = false;
    Optional<EarlyRequest> message =
        sdkServing || replies.isEmpty()
            ? Optional.empty()
            : EarlyRequest.parse(new String(line, StandardCharsets.UTF_8).strip());
    if (message.isPresent() && answeredHere(message.get(), first, replies.get())) {
      return;
    }
    if (message.isEmpty() || !handshake(message.get())) {
      // The client asks for what only the SDK can give: it may start now.
      earlyDone.countDown();
    }
    sdkIn.put(line);
  }

  /** Whether this message has been answered here and is not for the SDK. */
  private boolean answeredHere(EarlyRequest message, boolean first, EarlyReplies replies)
      throws IOException {
    if (first) {
      Optional<String> reply = replies.initialize(message);
      if (reply.isPresent()) {
        out.answeredInitialize(message.id());
        out.write(reply.get());
        answeredInitialize = true;
      }
      // The SDK's session reads the initialize too.
      return false;
    }
    if (answeredInitialize && message.method().equals(EarlyReplies.INITIALIZED)) {
      clientInitialized = true;
      return false;
    }
    if (clientInitialized) {
      Optional<String> reply = replies.list(message);
      if (reply.isPresent()) {
        out.write(reply.get());
        // The client has its tools (or another list): the SDK may start.
        earlyDone.countDown();
        return true;
      }
    }
    return false;
  }

  /** The initialize answered here, or the client's notification that it has read it. */
  private boolean handshake(EarlyRequest message) {
    return answeredInitialize
        && (message.method().equals(EarlyReplies.INITIALIZE)
            || message.method().equals(EarlyReplies.INITIALIZED));
  }
}
