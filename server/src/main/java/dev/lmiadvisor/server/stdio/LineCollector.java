package dev.lmiadvisor.server.stdio;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Where a server under a build step or a test writes: each line it ends, kept in order. */
final class LineCollector extends OutputStream {
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      lines.add(line.toString(StandardCharsets.UTF_8));
      line.reset();
    } else {
      line.write(b);
    }
  }

  /** The next line, or null when none came in time. */
  String next(long timeout, TimeUnit unit) throws InterruptedException {
    return lines.poll(timeout, unit);
  }
}
