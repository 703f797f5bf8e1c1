package dev.lmiadvisor.tools.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one audit log directory: numbered JSON-lines files ({@code audit-000001.jsonl},
 * ...), the head file that remembers the newest record (so that removing records from the end is
 * detected), and the lock file that serialises writers across processes.
 */
final class AuditFiles {

  static final String HEAD = "audit.head";
  static final String LOCK = "audit.lock";
  private static final Pattern LOG_FILE = Pattern.compile("audit-(\\d{6})\\.jsonl");
  private static final int HEAD_BYTES = 320;

  private final Path directory;

  AuditFiles(Path directory) {
    this.directory = directory;
  }

  Path directory() {
    return directory;
  }

  static String name(int index) {
    return "audit-%06d.jsonl".formatted(index);
  }

  Path file(int index) {
    return directory.resolve(name(index));
  }

  static int index(Path file) {
    Matcher m = LOG_FILE.matcher(file.getFileName().toString());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an audit log file: " + file);
    }
    return Integer.parseInt(m.group(1));
  }

  /** The log files in order. */
  List<Path> logFiles() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(p -> LOG_FILE.matcher(p.getFileName().toString()).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the audit log directory " + directory, e);
    }
  }

  /**
   * The newest record as the writer last saw it: its sequence number, its seal and its file, signed
   * with the key ({@code sig}) so that it cannot be rewritten to match a truncated log. A head
   * without {@code sig} was written before the key.
   */
  record Head(long seq, String seal, String file, String signature) {

    static String signed(String kind, String folderId, long seq, String seal, String file) {
      return kind + " " + folderId + " " + seq + " " + seal + " " + file;
    }

    boolean signatureValid(AuditKey key, String kind, String folderId) {
      return signature != null
          && key != null
          && key.verifies(signed(kind, folderId, seq, seal, file), signature);
    }

    String json(AuditKey key, String kind, String folderId) {
      return "{\"seq\":%d,\"mac\":\"%s\",\"file\":\"%s\",\"sig\":\"%s\"}"
          .formatted(seq, seal, file, key.mac(signed(kind, folderId, seq, seal, file)));
    }

    private static final Pattern SIGNED =
        Pattern.compile(
            "\\{\"seq\":(\\d+),\"mac\":\"([0-9a-f]{64})\",\"file\":\"([^\"]+)\",\"sig\":\"([0-9a-f]{64})\"}");
    private static final Pattern LEGACY =
        Pattern.compile("\\{\"seq\":(\\d+),\"hash\":\"([0-9a-f]{64})\",\"file\":\"([^\"]+)\"}");

    /**
     * @return the head, or empty for an empty text
     * @throws IllegalArgumentException when the text is neither form
     */
    static Optional<Head> parse(String text, String what) {
      String t = text.strip();
      if (t.isEmpty()) {
        return Optional.empty();
      }
      Matcher m = SIGNED.matcher(t);
      if (m.matches()) {
        return Optional.of(
            new Head(Long.parseLong(m.group(1)), m.group(2), m.group(3), m.group(4)));
      }
      Matcher legacy = LEGACY.matcher(t);
      if (legacy.matches()) {
        return Optional.of(
            new Head(Long.parseLong(legacy.group(1)), legacy.group(2), legacy.group(3), null));
      }
      throw new IllegalArgumentException(what + " is damaged");
    }
  }

  Optional<Head> readHead() {
    return readSigned(directory.resolve(HEAD), "the head file " + directory.resolve(HEAD));
  }

  static Optional<Head> readSigned(Path file, String what) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Head.parse(Files.readString(file, StandardCharsets.UTF_8), what);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Overwrites a head or checkpoint in place with a fixed-size record: no rename, so no directory
   * entry has to reach the disk. It is not forced: the record it names was forced first, and a head
   * that lags the log after a crash names a record that is still there.
   */
  static void writeFixed(FileChannel channel, String json) throws IOException {
    String padded = json + " ".repeat(Math.max(0, HEAD_BYTES - 1 - json.length())) + "\n";
    ByteBuffer buffer = ByteBuffer.wrap(padded.getBytes(StandardCharsets.UTF_8));
    long position = 0;
    while (buffer.hasRemaining()) {
      position += channel.write(buffer, position);
    }
    channel.truncate(position);
  }

  FileChannel openHead() throws IOException {
    return FileChannel.open(
        directory.resolve(HEAD), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  /** The end of a log file: its last complete line, and a torn fragment after it, if any. */
  record Tail(Optional<String> lastLine, byte[] tornFragment) {}

  /** Lines are far shorter than this (commands are capped at 16 KiB). */
  private static final int TAIL_WINDOW = 256 * 1024;

  Tail tail(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int window = (int) Math.min(size, TAIL_WINDOW);
      ByteBuffer buffer = ByteBuffer.allocate(window);
      long position = size - window;
      while (buffer.hasRemaining()) {
        int n = channel.read(buffer, position + buffer.position());
        if (n < 0) {
          break;
        }
      }
      byte[] bytes = buffer.array();
      int lastNewline = lastIndexOf(bytes, bytes.length - 1);
      byte[] torn = java.util.Arrays.copyOfRange(bytes, lastNewline + 1, bytes.length);
      if (lastNewline < 0) {
        return new Tail(Optional.empty(), torn);
      }
      int previousNewline = lastIndexOf(bytes, lastNewline - 1);
      if (previousNewline < 0 && position > 0) {
        throw new IOException(
            "an audit line in " + file + " is longer than " + TAIL_WINDOW + " bytes");
      }
      String line =
          new String(
              bytes,
              previousNewline + 1,
              lastNewline - previousNewline - 1,
              StandardCharsets.UTF_8);
      return new Tail(Optional.of(line), torn);
    }
  }

  private static int lastIndexOf(byte[] bytes, int from) {
    for (int i = from; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Every line of a file; the last element is a torn fragment when the file does not end with a
   * newline.
   */
  static List<String> lines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    // split leaves "" after a final newline; that is not a line
    if (!lines.isEmpty() && lines.getLast().isEmpty()) {
      lines.removeLast();
    }
    return lines;
  }
}
