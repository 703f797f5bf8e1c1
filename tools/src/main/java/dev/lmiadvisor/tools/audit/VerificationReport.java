package dev.lmiadvisor.tools.audit;

import java.util.List;

/**
 * The result of checking an audit log.
 *
 * @param valid true when every record is intact, in order and chained, and nothing was removed
 * @param records how many records were read
 * @param lastSeq the sequence number of the newest record (0 when empty)
 * @param problems what is wrong, each naming the file, line and record
 * @param notes what is fine but worth knowing (a crash that was recovered from)
 */
public record VerificationReport(
    boolean valid,
    long records,
    long lastSeq,
    List<String> problems,
    List<String> notes,
    List<String> files) {

  public VerificationReport {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
    files = List.copyOf(files);
  }
}
