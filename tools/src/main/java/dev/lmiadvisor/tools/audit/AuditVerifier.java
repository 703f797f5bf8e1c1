package dev.lmiadvisor.tools.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an audit log directory: every line's hash matches its bytes (an edit is found), sequence
 * numbers rise by one and each record names the hash of the one before (a removed line or file is
 * found), and the newest record is the one the head file remembers (records removed from the end or
 * a truncated last line are found). A torn last line left by a crash is accepted only when the head
 * does not claim it and, once the writer has restarted, a recovery record names its exact length
 * and hash.
 */
public final class AuditVerifier {

  private AuditVerifier() {}

  public static VerificationReport verify(Path directory) {
    AuditFiles files = new AuditFiles(directory);
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Optional<AuditFiles.Head> head;
    try {
      head = files.readHead();
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      head = Optional.empty();
    }
    long count = 0;
    Long expectedSeq = null;
    String previousHash = AuditLine.GENESIS;
    long lastSeq = 0;
    String hashAtHead = null;
    Torn pendingTorn = null;
    List<Path> logFiles = files.logFiles();
    for (Path file : logFiles) {
      String name = file.getFileName().toString();
      byte[] bytes = read(file);
      int lineStart = 0;
      int lineNumber = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] != '\n') {
          continue;
        }
        lineNumber++;
        String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
        lineStart = i + 1;
        String where = name + " line " + lineNumber;
        AuditLine.Decoded decoded;
        try {
          decoded = AuditLine.decode(line);
        } catch (IllegalArgumentException e) {
          problems.add(
              where
                  + ": not a valid audit record ("
                  + e.getMessage()
                  + "): it was edited or damaged");
          expectedSeq = null;
          previousHash = null;
          continue;
        }
        Map<String, Object> fields = decoded.fields();
        long seq = fields.get("seq") instanceof Number n ? n.longValue() : -1;
        where = where + " (seq " + seq + ")";
        if (!decoded.hashMatches()) {
          problems.add(where + ": its contents do not match its hash: the record was edited");
        }
        if (count == 0 && seq != 1) {
          problems.add(where + ": the log starts at seq " + seq + ": earlier records are missing");
        } else if (expectedSeq != null && seq != expectedSeq) {
          problems.add(
              where
                  + ": seq jumps from "
                  + (expectedSeq - 1)
                  + " to "
                  + seq
                  + (seq > expectedSeq ? ": records were removed" : ": records are out of order"));
        }
        if (previousHash != null && count > 0 && !previousHash.equals(fields.get("prev_hash"))) {
          problems.add(where + ": it does not chain to the record before it (prev_hash differs)");
        }
        if (count == 0 && seq == 1 && !AuditLine.GENESIS.equals(fields.get("prev_hash"))) {
          problems.add(where + ": the first record must chain to the genesis hash");
        }
        if ("recovery".equals(fields.get("type"))) {
          checkRecovery(fields, pendingTorn, seq, where, problems, notes);
          pendingTorn = null;
        } else if (pendingTorn != null) {
          problems.add(
              pendingTorn.file
                  + " ends with "
                  + pendingTorn.bytes
                  + " bytes of an incomplete record that no recovery record accounts for: the record was truncated");
          pendingTorn = null;
        }
        if (head.isPresent() && seq == head.get().seq()) {
          hashAtHead = decoded.hash();
        }
        previousHash = decoded.hash();
        expectedSeq = seq + 1;
        lastSeq = seq;
        count++;
      }
      if (lineStart < bytes.length) {
        if (pendingTorn != null) {
          problems.add(
              pendingTorn.file + " ends with an incomplete record that is not accounted for");
        }
        byte[] fragment = Arrays.copyOfRange(bytes, lineStart, bytes.length);
        pendingTorn = new Torn(name, fragment.length, AuditLine.sha256(fragment));
      }
    }
    if (pendingTorn != null) {
      boolean headClaimsMore = head.isPresent() && head.get().seq() > lastSeq;
      if (headClaimsMore) {
        problems.add(
            pendingTorn.file
                + " ends in the middle of a record: the log was truncated (the head says it reached seq "
                + head.get().seq()
                + ")");
      } else {
        notes.add(
            pendingTorn.file
                + " ends with "
                + pendingTorn.bytes
                + " bytes of a record whose write was interrupted (a crash); the next record will account for them");
      }
    }
    if (head.isEmpty()) {
      if (count > 1) {
        problems.add(
            "the head file "
                + AuditFiles.HEAD
                + " is missing, so removal of the newest records cannot be ruled out");
      }
    } else if (head.get().seq() > lastSeq) {
      if (pendingTorn == null) {
        problems.add(
            "the log ends at seq "
                + lastSeq
                + " but the head says it reached seq "
                + head.get().seq()
                + ": records were removed from the end");
      }
    } else if (hashAtHead != null && !hashAtHead.equals(head.get().hash())) {
      problems.add(
          "record seq " + head.get().seq() + " does not match the head file: it was replaced");
    }
    return new VerificationReport(
        problems.isEmpty(),
        count,
        lastSeq,
        problems,
        notes,
        logFiles.stream().map(p -> p.getFileName().toString()).toList());
  }

  private static void checkRecovery(
      Map<String, Object> fields,
      Torn torn,
      long seq,
      String where,
      List<String> problems,
      List<String> notes) {
    if (torn == null) {
      problems.add(where + ": a recovery record names a torn record that is not there");
      return;
    }
    boolean matches =
        torn.file.equals(fields.get("torn_file"))
            && fields.get("torn_bytes") instanceof Number n
            && n.longValue() == torn.bytes
            && torn.sha256.equals(fields.get("torn_sha256"));
    if (!matches) {
      problems.add(
          where
              + ": the recovery record does not match the incomplete record at the end of "
              + torn.file);
      return;
    }
    long headSeq = fields.get("head_seq") instanceof Number h ? h.longValue() : 0;
    if (headSeq > seq - 1) {
      problems.add(
          where
              + ": before this recovery the head had seen seq "
              + headSeq
              + ", but the log stopped at seq "
              + (seq - 1)
              + ": records were lost");
      return;
    }
    notes.add(
        where
            + ": recovered from an interrupted write of "
            + torn.bytes
            + " bytes at the end of "
            + torn.file);
  }

  private record Torn(String file, int bytes, String sha256) {}

  /** Every readable record, oldest first. */
  static List<Map<String, Object>> readRecords(Path directory) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (Path file : new AuditFiles(directory).logFiles()) {
      String text = new String(read(file), StandardCharsets.UTF_8);
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length - 1; i++) {
        try {
          AuditLine.Decoded decoded = AuditLine.decode(lines[i]);
          records.add(decoded.fields());
        } catch (IllegalArgumentException e) {
          // Reported by verify(); queries show the records that can be read.
        }
      }
    }
    return records;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
