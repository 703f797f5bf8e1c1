package dev.lmiadvisor.server.stdio;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Where a server under a build step or a test writes: each line it ends, kept in order. */
final class LineCollector extends LineSplitter {
  private final BlockingQueue<String> lines;

  LineCollector() {
    this(new LinkedBlockingQueue<>());
  }

  private LineCollector(BlockingQueue<String> lines) {
    super(line -> lines.add(new String(line, StandardCharsets.UTF_8)));
    this.lines = lines;
  }

  /** The next line, or null when none came in time. */
  String next(long timeout, TimeUnit unit) throws InterruptedException {
    return lines.poll(timeout, unit);
  }
}
