package dev.lmiadvisor.server.stdio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that hands on each line written to it, without its newline, once the newline
 * comes: the stdio transport writes a message, then the newline, as separate writes.
 */
class LineSplitter extends OutputStream {

  /** Takes one complete line. */
  interface Sink {
    void line(byte[] line) throws IOException;
  }

  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final Sink sink;

  LineSplitter(Sink sink) {
    this.sink = sink;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    if (b == '\n') {
      complete();
    } else {
      line.write(b);
    }
  }

  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    int start = offset;
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == '\n') {
        line.write(bytes, start, i - start);
        complete();
        start = i + 1;
      }
    }
    line.write(bytes, start, offset + length - start);
  }

  private void complete() throws IOException {
    byte[] done = line.toByteArray();
    line.reset();
    sink.line(done);
  }
}
