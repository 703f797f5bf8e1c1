package dev.lmiadvisor.server.stdio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The client's stdout, written by the front door and the SDK: each message goes out as one whole
 * line, never interleaved with another. The SDK's reply to an {@code initialize} that the front
 * door has already answered is dropped, so the client sees one reply per request.
 */
final class ProtocolOut {

  private final OutputStream out;
  private String answeredInitialize;

  ProtocolOut(OutputStream out) {
    this.out = out;
  }

  /** Writes one message as a line of its own. */
  synchronized void write(String message) throws IOException {
    writeLine(message.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The front door has answered the {@code initialize} with this id: the SDK's reply is not sent.
   */
  synchronized void answeredInitialize(String id) {
    answeredInitialize = id;
  }

  /** Where the SDK's stdio transport writes: lines are passed on whole, as they end. */
  OutputStream forSdk() {
    return new LineSplitter(this::fromSdk);
  }

  private synchronized void fromSdk(byte[] line) throws IOException {
    if (answeredInitialize != null
        && EarlyRequest.responseId(new String(line, StandardCharsets.UTF_8))
            .filter(answeredInitialize::equals)
            .isPresent()) {
      answeredInitialize = null;
      return;
    }
    writeLine(line);
  }

  private void writeLine(byte[] line) throws IOException {
    out.write(line);
    out.write('\n');
    out.flush();
  }
}
