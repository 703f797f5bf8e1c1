package dev.lmiadvisor.server.stdio;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The SDK's stdin: the client's bytes as the front door passes them on, in order, ending when the
 * client's stdin ends. Unbounded, so the front door never waits for an SDK that is still starting.
 */
final class LineQueue extends InputStream {

  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
  private byte[] current = new byte[0];
  private int position;
  private boolean ended;

  void put(byte[] chunk) {
    if (chunk.length > 0) {
      chunks.add(chunk);
    }
  }

  void end() {
    chunks.add(END);
  }

  @Override
  public int read() throws InterruptedIOException {
    return fill() ? current[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws InterruptedIOException {
    if (length == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, n);
    position += n;
    return n;
  }

  @Override
  public int available() {
    return current.length - position;
  }

  private boolean fill() throws InterruptedIOException {
    while (position == current.length) {
      if (ended) {
        return false;
      }
      try {
        byte[] next = chunks.take();
        if (next == END) {
          ended = true;
          return false;
        }
        current = next;
        position = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the client");
      }
    }
    return true;
  }
}
