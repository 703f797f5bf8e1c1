package dev.lmiadvisor.tools.audit;

import java.util.Map;

/**
 * One line of the audit log as written: the event's fields plus {@code seq}, {@code time}, {@code
 * prev_hash} and {@code hash}.
 *
 * @param file the log file it is in
 * @param fields every field of the line, in order
 */
public record AuditRecord(
    long seq, String id, String hash, String file, Map<String, Object> fields) {}
