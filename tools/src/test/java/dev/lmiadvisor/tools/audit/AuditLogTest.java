package dev.lmiadvisor.tools.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

  @TempDir Path root;
  private Path dir;

  @org.junit.jupiter.api.BeforeEach
  void folder() {
    // The key and the checkpoint go beside the folder, inside the temporary directory.
    dir = root.resolve("audit");
  }

  static AuditEvent event(int n) {
    return new AuditEvent(
        "attempt-" + n,
        "call",
        "test-client",
        "stdio",
        Map.of(),
        "plan",
        "aws lambda list-functions --max-items " + n,
        "lambda",
        "list-functions",
        "us-east-1",
        "allowed",
        "read-only",
        "lambda list-functions only reads",
        "not_needed",
        Map.of(),
        "planned",
        null,
        3,
        false);
  }

  @Test
  void slackRequesterAndApprover_areRecordedWithTheAttempt() throws IOException {
    try (AuditLog log = AuditLog.open(dir, 1 << 20)) {
      log.append(
          new AuditEvent(
              "attempt-slack",
              "call",
              "slack",
              "slack",
              Map.of("team_id", "T1", "channel_id", "C1", "user_id", "U-requester"),
              "execute",
              "aws lambda delete-function --function-name f",
              "lambda",
              "delete-function",
              "us-east-1",
              "requires_confirmation",
              "mutating",
              "changes resources",
              "accepted",
              Map.of("team_id", "T1", "user_id", "U-approver"),
              "executed",
              null,
              12,
              false));
    }
    String written = String.join("\n", Files.readAllLines(logFiles().get(0)));
    assertTrue(written.contains("\"user_id\":\"U-requester\""), written);
    assertTrue(
        written.contains("\"approver\":{\"team_id\":\"T1\",\"user_id\":\"U-approver\"}"), written);
    assertTrue(AuditVerifier.verify(dir).valid());
  }

  private List<Path> logFiles() throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  @Test
  void chainsRecordsAndVerifiesThem() {
    try (AuditLog log = AuditLog.open(dir, AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      AuditRecord first = log.append(event(1));
      AuditRecord second = log.append(event(2));
      assertEquals(1, first.seq());
      assertEquals(2, second.seq());
      assertEquals(first.hash(), second.fields().get("prev_mac"));
      assertEquals(AuditLine.GENESIS, first.fields().get("prev_mac"));
      VerificationReport report = log.verify();
      assertTrue(report.valid(), report.problems().toString());
      assertEquals(2, report.records());
      List<Map<String, Object>> records = log.records();
      assertEquals("allowed", records.get(1).get("decision"));
      assertEquals(
          Map.of("name", "test-client", "transport", "stdio"), records.get(1).get("client"));
    }
  }

  @Test
  void rotatesBySizeAndTheChainContinuesAcrossFiles() throws IOException {
    try (AuditLog log = AuditLog.open(dir, 2_000)) {
      for (int i = 1; i <= 30; i++) {
        log.append(event(i));
      }
      assertTrue(logFiles().size() > 3, "rotated into " + logFiles());
      VerificationReport report = log.verify();
      assertTrue(report.valid(), report.problems().toString());
      assertEquals(30, report.lastSeq());
    }
    Files.delete(logFiles().get(1));
    VerificationReport afterRemoval = AuditVerifier.verify(dir);
    assertFalse(afterRemoval.valid());
    assertTrue(
        afterRemoval.problems().toString().contains("records were removed"),
        afterRemoval.problems().toString());
  }

  @Test
  void aReopenedLogContinuesTheChain() {
    try (AuditLog log = AuditLog.open(dir, AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      log.append(event(1));
    }
    try (AuditLog log = AuditLog.open(dir, AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      assertEquals(2, log.append(event(2)).seq());
      assertTrue(log.verify().valid());
    }
  }

  @Test
  void twoWritersOnOneDirectoryKeepOneChain() throws Exception {
    try (AuditLog a = AuditLog.open(dir, 5_000);
        AuditLog b = AuditLog.open(dir, 5_000);
        ExecutorService pool = Executors.newFixedThreadPool(4)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        AuditLog writer = i % 2 == 0 ? a : b;
        int n = i;
        futures.add(pool.submit(() -> writer.append(event(n))));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      VerificationReport report = a.verify();
      assertTrue(report.valid(), report.problems().toString());
      assertEquals(200, report.records());
    }
  }

  // ---- tampering: each kind of change is detected ----

  private void writeTen() {
    try (AuditLog log = AuditLog.open(dir, AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      for (int i = 1; i <= 10; i++) {
        log.append(event(i));
      }
    }
  }

  @Test
  void aOneByteEditIsDetected() throws IOException {
    writeTen();
    Path file = logFiles().getFirst();
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.indexOf("\"allowed\"", text.indexOf("\"seq\":5,"));
    bytes[at + 1] = 'A'; // "allowed" -> "Allowed"
    Files.write(file, bytes);
    VerificationReport report = AuditVerifier.verify(dir);
    assertFalse(report.valid());
    assertTrue(
        report.problems().getFirst().contains("seq 5")
            && report.problems().getFirst().contains("edited"),
        report.problems().toString());
  }

  @Test
  void aRemovedLineIsDetected() throws IOException {
    writeTen();
    Path file = logFiles().getFirst();
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.remove(4);
    Files.write(file, lines);
    VerificationReport report = AuditVerifier.verify(dir);
    assertFalse(report.valid());
    assertTrue(
        report.problems().toString().contains("seq jumps from 4 to 6"),
        report.problems().toString());
  }

  @Test
  void removingTheNewestLinesIsDetected() throws IOException {
    writeTen();
    Path file = logFiles().getFirst();
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    Files.write(file, lines.subList(0, 8));
    VerificationReport report = AuditVerifier.verify(dir);
    assertFalse(report.valid());
    assertTrue(
        report.problems().toString().contains("says it reached seq 10"),
        report.problems().toString());
  }

  @Test
  void aTruncationIsDetected() throws IOException {
    writeTen();
    Path file = logFiles().getFirst();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() - 40);
    }
    VerificationReport report = AuditVerifier.verify(dir);
    assertFalse(report.valid());
    assertTrue(report.problems().toString().contains("truncated"), report.problems().toString());
  }

  @Test
  void aTornWriteFromACrashIsRecoveredAndAccountedFor() throws IOException {
    writeTen();
    Path file = logFiles().getFirst();
    // A crash in the middle of writing record 11: the head still says 10.
    Files.writeString(file, "{\"seq\":11,\"time\":\"2026-", StandardOpenOption.APPEND);
    VerificationReport crashed = AuditVerifier.verify(dir);
    assertTrue(crashed.valid(), crashed.problems().toString());
    assertFalse(crashed.notes().isEmpty());
    try (AuditLog log = AuditLog.open(dir, AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      AuditRecord next = log.append(event(11));
      assertEquals(12, next.seq(), "seq 11 is the recovery record");
      VerificationReport report = log.verify();
      assertTrue(report.valid(), report.problems().toString());
      assertTrue(report.notes().toString().contains("recovered"), report.notes().toString());
    }
    // Tampering with the torn fragment afterwards is detected.
    Files.writeString(file, "x", StandardOpenOption.APPEND);
    assertFalse(AuditVerifier.verify(dir).valid());
  }
}
