package dev.lmiadvisor.tools.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL while it makes 1,000 audited sandbox calls, then checks that every
 * record the child reported as written is in the log, byte for byte, and that the chain verifies.
 * (Launching a JVM here is the test's only use of a subprocess; the sandbox never starts one.)
 */
class AuditKillTest {

  @TempDir Path dir;

  @Test
  void survivesKillDashNineInTheMiddleOfAThousandCalls() throws Exception {
    Path audit = dir.resolve("audit");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                AuditWriterMain.class.getName(),
                audit.toString(),
                dir.resolve("work").toString(),
                "1000")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Map<Long, String> completed = new HashMap<>();
    int killAfter = 150 + new java.util.Random().nextInt(300);
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        String[] parts = line.split(" ");
        completed.put(Long.parseLong(parts[0]), parts[1]);
        if (completed.size() == killAfter) {
          child.destroyForcibly(); // SIGKILL on Linux and macOS
          break;
        }
      }
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertTrue(completed.size() >= killAfter, "the child reported " + completed.size() + " calls");

    VerificationReport report = AuditVerifier.verify(audit);
    assertTrue(report.valid(), "after kill -9: " + report.problems());
    List<Map<String, Object>> records = AuditVerifier.readRecords(audit);
    Map<Long, Object> hashes = new HashMap<>();
    records.forEach(r -> hashes.put(((Number) r.get("seq")).longValue(), r.get("mac")));
    for (Map.Entry<Long, String> done : completed.entrySet()) {
      assertEquals(
          done.getValue(), hashes.get(done.getKey()), "record " + done.getKey() + " is intact");
    }
    assertTrue(report.lastSeq() >= killAfter);

    // A new writer carries on after the crash and the chain still verifies.
    try (AuditLog log = AuditLog.open(audit, AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      log.append(AuditLogTest.event(0));
      VerificationReport after = log.verify();
      assertTrue(after.valid(), after.problems().toString());
    }
  }
}
