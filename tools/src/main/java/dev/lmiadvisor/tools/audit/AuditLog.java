package dev.lmiadvisor.tools.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The append-only audit log of the sandbox: JSON lines chained by HMAC-SHA256 under a key kept
 * outside the folder (see {@link AuditLine}, {@link AuditKey}), with a signed head in the folder
 * and a signed checkpoint of the newest record beside the key ({@link AuditLocation}), each record
 * flushed to disk ({@link FileChannel#force}) before {@link #append} returns, rotated by size with
 * the chain continuing into the next file.
 *
 * <p>Writers in several processes may share a directory: every append holds an exclusive lock on
 * {@code audit.lock} and re-reads the end of the log when another writer has moved it. After a
 * crash in the middle of a write the torn fragment is left where it is, as evidence; the next
 * record starts a new file with a {@code recovery} record that names the fragment and its hash, so
 * {@link AuditVerifier} can tell a crash from a truncation.
 */
public final class AuditLog implements AutoCloseable {

  /** Rotate when the current file reaches this size; 10 MiB by default. */
  public static final long DEFAULT_MAX_FILE_BYTES = 10L << 20;

  private final AuditFiles files;
  private final AuditLocation location;
  private final AuditKey key;
  private final FileChannel checkpointChannel;
  private final long maxFileBytes;
  private final Clock clock;
  private final FileChannel lockChannel;
  private final FileChannel headChannel;
  private final ReentrantLock jvmLock;
  private Consumer<String> sink = line -> {};
  private Consumer<String> headSink = head -> {};

  private State state;
  private FileChannel current;

  /** Where the chain stands: the file being written, its size, and the newest record. */
  private record State(int fileIndex, long size, long seq, String hash, Optional<TornTail> torn) {}

  /** A fragment left by a crash in the middle of a write. */
  private record TornTail(String file, int bytes, String sha256) {}

  private AuditLog(AuditLocation location, long maxFileBytes, Clock clock) throws IOException {
    this.location = location;
    this.files = new AuditFiles(location.directory());
    this.maxFileBytes = maxFileBytes;
    this.clock = clock;
    Files.createDirectories(files.directory());
    this.key = AuditKey.loadOrCreate(location.keyFile());
    this.checkpointChannel =
        FileChannel.open(
            location.checkpointFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    this.lockChannel =
        FileChannel.open(
            files.directory().resolve(AuditFiles.LOCK),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    this.headChannel = files.openHead();
    this.jvmLock =
        JVM_LOCKS.computeIfAbsent(files.directory().toRealPath(), p -> new ReentrantLock());
  }

  // A file lock is held by the whole JVM; two logs on one directory in one JVM also need this.
  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  /** Runs {@code action} holding both the in-process and the cross-process lock. */
  @SuppressWarnings("try") // the lock is held for the block; it needs no other use
  private <T> T locked(IoAction<T> action) throws IOException {
    jvmLock.lock();
    try (FileLock ignored = lockChannel.lock()) {
      return action.run();
    } finally {
      jvmLock.unlock();
    }
  }

  @FunctionalInterface
  private interface IoAction<T> {
    T run() throws IOException;
  }

  /**
   * Opens (creating if needed) the audit log in {@code directory}.
   *
   * @throws UncheckedIOException when the directory cannot be created or written
   */
  public static AuditLog open(Path directory, long maxFileBytes) {
    return open(AuditLocation.of(directory), maxFileBytes);
  }

  /**
   * Opens the audit log at {@code location}, creating the key on first use.
   *
   * @throws UncheckedIOException when the folder, the key or the checkpoint cannot be written
   */
  public static AuditLog open(AuditLocation location, long maxFileBytes) {
    return open(location, maxFileBytes, Clock.systemUTC());
  }

  static AuditLog open(AuditLocation location, long maxFileBytes, Clock clock) {
    try {
      return new AuditLog(location, maxFileBytes, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the audit log in " + location.directory(), e);
    }
  }

  public AuditLocation location() {
    return location;
  }

  public Path directory() {
    return files.directory();
  }

  /** Also send every written line to {@code sink} (e.g. CloudWatch Logs), after it is on disk. */
  public synchronized void forwardTo(Consumer<String> sink) {
    this.sink = sink;
  }

  /**
   * Also send every signed head to {@code sink} (CloudWatch Logs), so that {@link
   * #verify(java.util.function.Supplier)} can compare the folder with a copy kept elsewhere.
   */
  public synchronized void forwardHeadsTo(Consumer<String> sink) {
    this.headSink = sink;
  }

  /**
   * Appends one record and flushes it to disk.
   *
   * @return the record as written
   * @throws UncheckedIOException when the record could not be written; the caller must then not
   *     report success
   */
  public synchronized AuditRecord append(AuditEvent event) {
    try {
      return locked(() -> appendLocked(event));
    } catch (IOException e) {
      state = null;
      closeCurrent();
      throw new UncheckedIOException("cannot write the audit log in " + files.directory(), e);
    }
  }

  private AuditRecord appendLocked(AuditEvent event) throws IOException {
    refreshState();
    if (state.torn().isPresent()) {
      startNewFile();
      Map<String, Object> recovery = new LinkedHashMap<>();
      TornTail torn = state.torn().get();
      recovery.put("id", "recovery-" + (state.seq() + 1));
      recovery.put("type", "recovery");
      recovery.put("torn_file", torn.file());
      recovery.put("torn_bytes", torn.bytes());
      recovery.put("torn_sha256", torn.sha256());
      recovery.put("head_seq", headSeq());
      write(recovery);
    } else if (state.size() >= maxFileBytes) {
      startNewFile();
    }
    return write(event.fields());
  }

  private AuditRecord write(Map<String, Object> eventFields) throws IOException {
    long seq = state.seq() + 1;
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("seq", seq);
    fields.put("time", Instant.now(clock).toString());
    fields.putAll(eventFields);
    fields.put("prev_mac", state.hash());
    AuditLine.Encoded encoded = AuditLine.encode(fields, key);
    byte[] bytes = (encoded.line() + "\n").getBytes(StandardCharsets.UTF_8);
    FileChannel channel = channel();
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(true);
    String fileName = AuditFiles.name(state.fileIndex());
    state =
        new State(
            state.fileIndex(), state.size() + bytes.length, seq, encoded.seal(), Optional.empty());
    AuditFiles.Head head = new AuditFiles.Head(seq, encoded.seal(), fileName, null);
    AuditFiles.writeFixed(headChannel, head.json(key, AuditVerifier.HEAD, location.folderId()));
    String checkpoint = head.json(key, AuditVerifier.CHECKPOINT, location.folderId());
    AuditFiles.writeFixed(checkpointChannel, checkpoint);
    Map<String, Object> written = new LinkedHashMap<>(fields);
    written.put("mac", encoded.seal());
    try {
      sink.accept(encoded.line());
      headSink.accept(checkpoint);
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(AuditLog.class)
          .warn("audit forwarding failed: {}", e.toString());
    }
    return new AuditRecord(
        seq, String.valueOf(eventFields.get("id")), encoded.seal(), fileName, written);
  }

  private void startNewFile() {
    closeCurrent();
    state = new State(state.fileIndex() + 1, 0, state.seq(), state.hash(), state.torn());
  }

  private long headSeq() throws IOException {
    try {
      return files.readHead().map(AuditFiles.Head::seq).orElse(0L);
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage() + "; run 'lmi-advisor audit verify'");
    }
  }

  private FileChannel channel() throws IOException {
    if (current == null) {
      current =
          FileChannel.open(
              files.file(state.fileIndex()),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND);
    }
    return current;
  }

  /** Re-reads the end of the log unless nothing has changed since this writer last wrote. */
  private void refreshState() throws IOException {
    if (state != null && state.torn().isEmpty()) {
      Path file = files.file(state.fileIndex());
      boolean unchanged =
          (state.size() == 0
                  ? !Files.exists(file) || Files.size(file) == 0
                  : Files.exists(file) && Files.size(file) == state.size())
              && !Files.exists(files.file(state.fileIndex() + 1));
      if (unchanged) {
        return;
      }
    }
    closeCurrent();
    state = readState();
  }

  private State readState() throws IOException {
    List<Path> logFiles = files.logFiles();
    if (logFiles.isEmpty()) {
      return new State(1, 0, 0, AuditLine.GENESIS, Optional.empty());
    }
    Path newest = logFiles.getLast();
    int newestIndex = AuditFiles.index(newest);
    AuditFiles.Tail tail = files.tail(newest);
    Optional<TornTail> torn =
        tail.tornFragment().length == 0
            ? Optional.empty()
            : Optional.of(
                new TornTail(
                    newest.getFileName().toString(),
                    tail.tornFragment().length,
                    AuditLine.sha256(tail.tornFragment())));
    for (int i = logFiles.size() - 1; i >= 0; i--) {
      AuditFiles.Tail t = i == logFiles.size() - 1 ? tail : files.tail(logFiles.get(i));
      if (t.lastLine().isPresent()) {
        AuditLine.Decoded last;
        try {
          last = AuditLine.decode(t.lastLine().get());
        } catch (IllegalArgumentException e) {
          throw new IOException(
              "the last audit record in "
                  + logFiles.get(i)
                  + " is damaged ("
                  + e.getMessage()
                  + "); run 'lmi-advisor audit verify'");
        }
        long seq = ((Number) last.fields().get("seq")).longValue();
        return new State(newestIndex, Files.size(newest), seq, last.seal(), torn);
      }
    }
    return new State(newestIndex, Files.size(newest), 0, AuditLine.GENESIS, torn);
  }

  private void closeCurrent() {
    if (current != null) {
      try {
        current.close();
      } catch (IOException ignored) {
        // Nothing to flush: every record was forced when written.
      }
      current = null;
    }
  }

  /** Checks the whole chain, holding the writers' lock so no record is half-written meanwhile. */
  public synchronized VerificationReport verify() {
    return verify(Optional::empty);
  }

  /**
   * @param remoteHead the newest signed head kept outside this machine (CloudWatch Logs), when the
   *     sink is on
   */
  public synchronized VerificationReport verify(
      java.util.function.Supplier<Optional<String>> remoteHead) {
    try {
      return locked(() -> AuditVerifier.verify(location, remoteHead));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the audit log in " + files.directory(), e);
    }
  }

  /** Every record, oldest first, holding the writers' lock. Damaged lines are skipped. */
  public synchronized List<Map<String, Object>> records() {
    try {
      return locked(() -> AuditVerifier.readRecords(files.directory()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit log in " + files.directory(), e);
    }
  }

  @Override
  public synchronized void close() {
    closeCurrent();
    try {
      headChannel.close();
      checkpointChannel.close();
      lockChannel.close();
    } catch (IOException ignored) {
      // closing read-only state; records were forced when written
    }
  }
}
