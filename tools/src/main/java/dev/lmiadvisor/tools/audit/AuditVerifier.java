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
import java.util.function.Supplier;

/**
 * Checks an audit log folder against someone who can write the folder but not read the key:
 *
 * <ul>
 *   <li>every line's seal matches its bytes: the MAC under the key for keyed records, SHA-256 for
 *       records written before the key (an edit is found, and so is a record written without the
 *       key: a plain record after a keyed one, or a MAC that does not verify);
 *   <li>sequence numbers rise by one and each record names the seal of the one before (a removed
 *       line or file is found, however the rest was re-chained, since re-chaining needs the key);
 *   <li>the newest record is the one the signed head in the folder and the signed checkpoint beside
 *       the key remember (records removed from the end, a truncated last line, and an emptied
 *       folder are found); with the CloudWatch sink on, also the head kept there.
 * </ul>
 *
 * A folder that was never written verifies valid with 0 records. A torn last line left by a crash
 * is accepted only when no head claims it and, once the writer has restarted, a recovery record
 * names its exact length and hash.
 */
public final class AuditVerifier {

  static final String HEAD = "head";
  static final String CHECKPOINT = "checkpoint";

  private AuditVerifier() {}

  /** Verifies the folder with the key and checkpoint at their default place beside it. */
  public static VerificationReport verify(Path directory) {
    return verify(AuditLocation.of(directory), Optional::empty);
  }

  public static VerificationReport verify(AuditLocation location) {
    return verify(location, Optional::empty);
  }

  /**
   * @param remoteHead the newest signed head kept in CloudWatch Logs, when that sink is on
   */
  public static VerificationReport verify(
      AuditLocation location, Supplier<Optional<String>> remoteHead) {
    Path directory = location.directory();
    AuditFiles files = new AuditFiles(directory);
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    AuditKey key;
    try {
      key = AuditKey.load(location.keyFile()).orElse(null);
    } catch (RuntimeException e) {
      problems.add(e.getMessage());
      key = null;
    }
    Optional<AuditFiles.Head> head = readHead(files::readHead, problems);
    Optional<AuditFiles.Head> checkpoint =
        readHead(
            () ->
                AuditFiles.readSigned(
                    location.checkpointFile(), "the checkpoint " + location.checkpointFile()),
            problems);
    String folderId = location.folderId();
    long count = 0;
    Long expectedSeq = null;
    String previous = AuditLine.GENESIS;
    long lastSeq = 0;
    boolean keyedSeen = false;
    boolean keyMissingReported = false;
    Map<Long, String> seals = new java.util.HashMap<>();
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
          previous = null;
          continue;
        }
        Map<String, Object> fields = decoded.fields();
        long seq = fields.get("seq") instanceof Number n ? n.longValue() : -1;
        where = where + " (seq " + seq + ")";
        if (decoded.keyed()) {
          keyedSeen = true;
          if (key == null) {
            if (!keyMissingReported) {
              problems.add(
                  "the audit key "
                      + location.keyFile()
                      + " is missing, so the records cannot be verified; restore the key (LMI_ADVISOR_AUDIT_KEY_FILE)");
              keyMissingReported = true;
            }
          } else if (!decoded.sealMatches(key)) {
            problems.add(
                where
                    + ": its MAC does not verify under the audit key: the record was edited or written without the key");
          }
        } else if (keyedSeen) {
          problems.add(
              where
                  + ": a record sealed with plain SHA-256 after keyed records: it was written without the key");
        } else if (!decoded.sealMatches(key)) {
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
        if (previous != null && count > 0 && !previous.equals(decoded.previous())) {
          problems.add(where + ": it does not chain to the record before it");
        }
        if (count == 0 && seq == 1 && !AuditLine.GENESIS.equals(decoded.previous())) {
          problems.add(where + ": the first record must chain to the genesis value");
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
        seals.put(seq, decoded.seal());
        previous = decoded.seal();
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
    if (count > 0 && !keyedSeen) {
      notes.add(
          count
              + " records are chained with plain SHA-256 (written before the audit key); the next record seals them under the key");
    }
    long claimed = lastSeq;
    String claimedBy = null;
    for (var entry :
        List.of(
            Map.entry("the signed head in the folder", head),
            Map.entry("the checkpoint beside the key", checkpoint))) {
      Optional<AuditFiles.Head> h = entry.getValue();
      if (h.isEmpty()) {
        continue;
      }
      String kind = entry.getKey().startsWith("the signed head") ? HEAD : CHECKPOINT;
      if (h.get().signature() != null
          && key != null
          && !h.get().signatureValid(key, kind, folderId)) {
        problems.add(entry.getKey() + " does not verify under the audit key: it was forged");
        continue;
      }
      if (h.get().signature() == null && (keyedSeen || kind.equals(CHECKPOINT))) {
        problems.add(entry.getKey() + " is not signed: it was rewritten without the key");
        continue;
      }
      checkAgainst(entry.getKey(), h.get(), seals, lastSeq, pendingTorn, problems);
      if (h.get().seq() > claimed) {
        claimed = h.get().seq();
        claimedBy = entry.getKey();
      }
    }
    try {
      Optional<String> remote = remoteHead.get();
      if (remote.isPresent()) {
        Optional<AuditFiles.Head> r =
            AuditFiles.Head.parse(remote.get(), "the head in CloudWatch Logs");
        if (r.isPresent() && key != null && r.get().signatureValid(key, CHECKPOINT, folderId)) {
          checkAgainst(
              "the head kept in CloudWatch Logs", r.get(), seals, lastSeq, pendingTorn, problems);
        } else if (r.isPresent()) {
          problems.add("the head kept in CloudWatch Logs does not verify under the audit key");
        }
      }
    } catch (RuntimeException e) {
      notes.add(
          "the head kept in CloudWatch Logs could not be read ("
              + e.getMessage()
              + "); the local checks still apply");
    }
    if (checkpoint.isEmpty() && keyedSeen) {
      problems.add(
          "the checkpoint "
              + location.checkpointFile()
              + " is missing, so removal of the newest records cannot be ruled out");
    }
    if (pendingTorn != null) {
      if (claimed > lastSeq) {
        problems.add(
            pendingTorn.file
                + " ends in the middle of a record: the log was truncated ("
                + claimedBy
                + " says it reached seq "
                + claimed
                + ")");
      } else {
        notes.add(
            pendingTorn.file
                + " ends with "
                + pendingTorn.bytes
                + " bytes of a record whose write was interrupted (a crash); the next record will account for them");
      }
    }
    if (head.isEmpty() && checkpoint.isEmpty() && count > 1 && !keyedSeen) {
      problems.add(
          "the head file "
              + AuditFiles.HEAD
              + " is missing, so removal of the newest records cannot be ruled out");
    }
    return new VerificationReport(
        problems.isEmpty(),
        count,
        lastSeq,
        problems,
        notes,
        logFiles.stream().map(p -> p.getFileName().toString()).toList());
  }

  private static Optional<AuditFiles.Head> readHead(
      Supplier<Optional<AuditFiles.Head>> reader, List<String> problems) {
    try {
      return reader.get();
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return Optional.empty();
    }
  }

  /** A head names a record: it must be there, with the same seal. */
  private static void checkAgainst(
      String what,
      AuditFiles.Head head,
      Map<Long, String> seals,
      long lastSeq,
      Torn pendingTorn,
      List<String> problems) {
    if (head.seq() > lastSeq) {
      // With a torn last line the truncation is reported once, below, with the torn file.
      if (pendingTorn == null) {
        problems.add(
            lastSeq == 0
                ? what
                    + " says the log reached seq "
                    + head.seq()
                    + ", but the folder holds no record: it was emptied"
                : "the log ends at seq "
                    + lastSeq
                    + " but "
                    + what
                    + " says it reached seq "
                    + head.seq()
                    + ": records were removed from the end");
      }
      return;
    }
    String seal = seals.get(head.seq());
    if (head.seq() > 0 && seal != null && !seal.equals(head.seal())) {
      problems.add("record seq " + head.seq() + " does not match " + what + ": it was replaced");
    }
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
