package dev.lmiadvisor.tools.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacker of the audit log can write the audit folder but cannot read the key. Each test is
 * one thing such an attacker does; each must be found by verification.
 */
class AuditTamperTest {

  @TempDir Path root;
  private Path dir;
  private AuditLocation location;

  @BeforeEach
  void folder() {
    dir = root.resolve("audit");
    location = AuditLocation.of(dir);
  }

  private void write(int records) {
    try (AuditLog log = AuditLog.open(location, AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      for (int i = 1; i <= records; i++) {
        log.append(AuditLogTest.event(i));
      }
    }
  }

  private Path logFile() {
    return dir.resolve(AuditFiles.name(1));
  }

  private List<String> lines() throws IOException {
    return new ArrayList<>(Files.readAllLines(logFile()));
  }

  private static String problems(VerificationReport report) {
    return String.join("\n", report.problems());
  }

  /** A record sealed as the attacker can: plain SHA-256 over the body, chained to a given seal. */
  private static String forged(Map<String, Object> fields, String previous) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.remove("mac");
    body.remove("hash");
    body.remove("prev_mac");
    body.put("prev_hash", previous);
    String json = new ObjectMapper().writeValueAsString(body);
    return json.substring(0, json.length() - 1) + ",\"hash\":\"" + AuditLine.sha256(json) + "\"}";
  }

  @Test
  void aFolderThatWasNeverWrittenVerifiesValidWithNoRecords() {
    VerificationReport fresh = AuditVerifier.verify(location);
    assertTrue(fresh.valid(), problems(fresh));
    assertEquals(0, fresh.records());
    try (AuditLog log = AuditLog.open(location, AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      VerificationReport opened = log.verify();
      assertTrue(opened.valid(), "opened but not yet written: " + problems(opened));
      AuditQuery.Result query = new AuditQuery(10, Optional.empty(), Optional.empty()).run(log);
      assertTrue(query.chainValid(), query.problems().toString());
      assertEquals(0, query.total());
    }
  }

  @Test
  void truncatingTheTailAndRewritingTheHeadIsFound() throws IOException {
    write(10);
    List<String> lines = lines();
    Files.write(logFile(), lines.subList(0, 7));
    // The attacker rewrites the head to name the new last record, in the only form they can seal.
    AuditLine.Decoded last = AuditLine.decode(lines.get(6));
    Files.writeString(
        dir.resolve(AuditFiles.HEAD),
        "{\"seq\":7,\"hash\":\"" + last.seal() + "\",\"file\":\"" + AuditFiles.name(1) + "\"}");
    VerificationReport report = AuditVerifier.verify(location);
    assertFalse(report.valid());
    assertTrue(problems(report).contains("head in the folder is not signed"), problems(report));
    assertTrue(
        problems(report).contains("checkpoint beside the key says it reached seq 10"),
        problems(report));
  }

  @Test
  void truncatingTheTailAndPuttingBackAnOlderSignedHeadIsFound() throws IOException {
    write(7);
    Path olderHead = root.resolve("head-at-7");
    Files.copy(dir.resolve(AuditFiles.HEAD), olderHead);
    write(3);
    Files.write(logFile(), lines().subList(0, 7));
    Files.copy(olderHead, dir.resolve(AuditFiles.HEAD), StandardCopyOption.REPLACE_EXISTING);
    VerificationReport report = AuditVerifier.verify(location);
    assertFalse(report.valid());
    assertTrue(
        problems(report)
            .contains("ends at seq 7 but the checkpoint beside the key says it reached seq 10"),
        problems(report));
  }

  @Test
  void appendingARecordWithARecomputedHashIsFound() throws IOException {
    write(5);
    List<String> lines = lines();
    AuditLine.Decoded last = AuditLine.decode(lines.getLast());
    Map<String, Object> fields = new LinkedHashMap<>(last.fields());
    fields.put("seq", 6);
    fields.put("decision", "allowed");
    fields.put("command", "aws iam create-access-key --user-name attacker");
    lines.add(forged(fields, last.seal()));
    Files.write(logFile(), lines);
    VerificationReport report = AuditVerifier.verify(location);
    assertFalse(report.valid());
    assertTrue(problems(report).contains("written without the key"), problems(report));
  }

  @Test
  void aRecordWithAGuessedMacIsFound() throws IOException {
    write(5);
    List<String> lines = lines();
    String edited = lines.get(2).replace("\"allowed\"", "\"denied\"");
    lines.set(2, edited);
    Files.write(logFile(), lines);
    VerificationReport report = AuditVerifier.verify(location);
    assertFalse(report.valid());
    assertTrue(problems(report).contains("seq 3): its MAC does not verify"), problems(report));
  }

  @Test
  void rechainingTheWholeLogWithoutOneRecordIsFound() throws IOException {
    write(6);
    List<String> lines = lines();
    lines.remove(3);
    List<String> rechained = new ArrayList<>();
    String previous = AuditLine.GENESIS;
    for (int i = 0; i < lines.size(); i++) {
      Map<String, Object> fields = new LinkedHashMap<>(AuditLine.decode(lines.get(i)).fields());
      fields.put("seq", i + 1);
      String line = forged(fields, previous);
      previous = AuditLine.decode(line).seal();
      rechained.add(line);
    }
    Files.write(logFile(), rechained);
    Files.delete(dir.resolve(AuditFiles.HEAD));
    VerificationReport report = AuditVerifier.verify(location);
    assertFalse(report.valid());
    assertTrue(
        problems(report)
            .contains("ends at seq 5 but the checkpoint beside the key says it reached seq 6"),
        problems(report));
  }

  @Test
  void deletingEveryFileIsFound() throws IOException {
    write(4);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    VerificationReport report = AuditVerifier.verify(location);
    assertFalse(report.valid());
    assertTrue(problems(report).contains("it was emptied"), problems(report));
    Files.delete(dir);
    assertFalse(AuditVerifier.verify(location).valid(), "removing the folder too");
  }

  @Test
  void puttingBackAnOlderCopyOfTheWholeFolderIsFound() throws IOException {
    write(3);
    Path copy = root.resolve("copy");
    Files.createDirectories(copy);
    for (String name : List.of(AuditFiles.name(1), AuditFiles.HEAD)) {
      Files.copy(dir.resolve(name), copy.resolve(name));
    }
    write(2);
    for (String name : List.of(AuditFiles.name(1), AuditFiles.HEAD)) {
      Files.copy(copy.resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    VerificationReport report = AuditVerifier.verify(location);
    assertFalse(report.valid());
    assertTrue(problems(report).contains("says it reached seq 5"), problems(report));
  }

  @Test
  void aForgedHeadSignatureIsFound() throws IOException {
    write(3);
    Path head = dir.resolve(AuditFiles.HEAD);
    String text = Files.readString(head).strip();
    String forged =
        text.substring(0, text.length() - 3) + (text.endsWith("0\"}") ? "1" : "0") + "\"}";
    Files.writeString(head, forged);
    VerificationReport report = AuditVerifier.verify(location);
    assertFalse(report.valid());
    assertTrue(problems(report).contains("head in the folder does not verify"), problems(report));
  }

  @Test
  void aMissingKeyFailsVerificationInsteadOfPassingIt() throws IOException {
    write(2);
    Files.delete(location.keyFile());
    VerificationReport report = AuditVerifier.verify(location);
    assertFalse(report.valid());
    assertTrue(problems(report).contains("audit key"), problems(report));
  }

  @Test
  void theHeadKeptInCloudWatchCatchesARollbackOfFolderAndCheckpointTogether() throws IOException {
    write(4);
    String remote = Files.readString(location.checkpointFile()).strip();
    List<String> lines = lines();
    Files.write(logFile(), lines.subList(0, 2));
    // Even with the checkpoint gone, the remote head names seq 4.
    Files.delete(location.checkpointFile());
    VerificationReport report = AuditVerifier.verify(location, () -> Optional.of(remote));
    assertFalse(report.valid());
    assertTrue(
        problems(report).contains("the head kept in CloudWatch Logs says it reached seq 4"),
        problems(report));
    assertFalse(
        AuditVerifier.verify(location, () -> Optional.of(remote.replace("\"seq\":4", "\"seq\":9")))
            .valid(),
        "a remote head edited without the key does not verify");
  }

  @Test
  void theKeyIsCreatedOwnerOnlyOutsideTheFolderAndNeverInside() throws IOException {
    write(1);
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(location.keyFile())));
    assertFalse(location.keyFile().startsWith(dir));
    assertThrows(
        IllegalArgumentException.class, () -> new AuditLocation(dir, dir.resolve("audit.key")));
  }

  @Test
  void aLogWrittenBeforeTheKeyStaysVerifiableAndIsSealedByTheNextRecord() throws IOException {
    // Today's format: SHA-256 chained lines and an unsigned head, no key anywhere.
    Files.createDirectories(dir);
    List<String> legacy = new ArrayList<>();
    String previous = AuditLine.GENESIS;
    for (int i = 1; i <= 3; i++) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("seq", i);
      fields.put("time", "2026-11-2" + i + "T10:00:00Z");
      fields.put("id", "old-" + i);
      fields.put("type", "call");
      fields.put("decision", "allowed");
      String line = forged(fields, previous);
      previous = AuditLine.decode(line).seal();
      legacy.add(line);
    }
    Files.write(logFile(), legacy);
    Files.writeString(
        dir.resolve(AuditFiles.HEAD),
        "{\"seq\":3,\"hash\":\"" + previous + "\",\"file\":\"" + AuditFiles.name(1) + "\"}");
    VerificationReport before = AuditVerifier.verify(location);
    assertTrue(before.valid(), problems(before));
    assertTrue(before.notes().toString().contains("plain SHA-256"), before.notes().toString());

    try (AuditLog log = AuditLog.open(location, AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      AuditRecord next = log.append(AuditLogTest.event(4));
      assertEquals(4, next.seq());
      assertEquals(
          previous, next.fields().get("prev_mac"), "the keyed chain continues the old one");
    }
    VerificationReport after = AuditVerifier.verify(location);
    assertTrue(after.valid(), problems(after));
    assertEquals(4, after.records());

    // Now the old records are sealed too: editing one breaks the keyed record after them.
    List<String> lines = lines();
    Map<String, Object> edited = new LinkedHashMap<>(AuditLine.decode(lines.get(1)).fields());
    edited.put("decision", "denied");
    lines.set(1, forged(edited, AuditLine.decode(lines.get(0)).seal()));
    Files.write(logFile(), lines);
    VerificationReport tampered = AuditVerifier.verify(location);
    assertFalse(tampered.valid());
    assertTrue(problems(tampered).contains("does not chain"), problems(tampered));
  }

  @Test
  void keyBytesAreNotInTheFolder() throws IOException {
    write(2);
    String key = Files.readString(location.keyFile(), StandardCharsets.US_ASCII).strip();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        assertFalse(
            Files.readString(file, StandardCharsets.ISO_8859_1).contains(key), file.toString());
      }
    }
  }
}
