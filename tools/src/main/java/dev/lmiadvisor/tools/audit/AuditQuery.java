package dev.lmiadvisor.tools.audit;

import dev.lmiadvisor.errors.UserInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question to the audit log: the newest records, optionally since a time and with one decision.
 * Every query also verifies the whole chain, so a client never reads a tampered log unaware.
 *
 * @param limit how many entries to return, newest first (1 to {@link #MAX_LIMIT})
 * @param decision {@code allowed}, {@code requires_confirmation}, {@code pending_approval} or
 *     {@code denied}
 */
public record AuditQuery(int limit, Optional<Instant> since, Optional<String> decision) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 1000;
  private static final Pattern RELATIVE = Pattern.compile("(\\d{1,6})([mhd])");

  public AuditQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new UserInputException("limit must be from 1 to " + MAX_LIMIT);
    }
    decision.ifPresent(
        d -> {
          if (!List.of("allowed", "requires_confirmation", "pending_approval", "denied")
              .contains(d)) {
            throw new UserInputException(
                "decision must be allowed, requires_confirmation, pending_approval or denied");
          }
        });
  }

  /**
   * Reads {@code since}: an instant ({@code 2026-11-21T09:00:00Z}), a date ({@code 2026-11-21},
   * midnight UTC) or a span back from {@code now} ({@code 30m}, {@code 24h}, {@code 7d}).
   */
  public static Instant parseSince(String text, Instant now) {
    String value = text.strip();
    Matcher relative = RELATIVE.matcher(value);
    if (relative.matches()) {
      long amount = Long.parseLong(relative.group(1));
      Duration span =
          switch (relative.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
          };
      return now.minus(span);
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException ignored) {
      // a date, perhaps
    }
    try {
      return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new UserInputException(
          "since must be a time such as 2026-11-21T09:00:00Z, a date such as 2026-11-21, or a span such as 24h or 7d");
    }
  }

  /**
   * @param entries matching records, newest first, at most {@code limit}
   * @param total how many records match
   * @param chainValid whether the whole log verified
   * @param problems what verification found wrong
   */
  public record Result(
      List<Map<String, Object>> entries,
      long total,
      boolean chainValid,
      List<String> problems,
      long recordsChecked) {}

  public Result run(AuditLog log) {
    return run(log, java.util.Optional::empty);
  }

  /**
   * @param remoteHead the newest head kept in CloudWatch Logs, when that sink is on
   */
  public Result run(AuditLog log, java.util.function.Supplier<Optional<String>> remoteHead) {
    VerificationReport report = log.verify(remoteHead);
    List<Map<String, Object>> records = log.records();
    List<Map<String, Object>> matching = new ArrayList<>();
    for (int i = records.size() - 1; i >= 0; i--) {
      Map<String, Object> record = records.get(i);
      if (decision.isPresent() && !decision.get().equals(record.get("decision"))) {
        continue;
      }
      if (since.isPresent() && !after(record, since.get())) {
        continue;
      }
      matching.add(record);
    }
    return new Result(
        List.copyOf(matching.subList(0, Math.min(limit, matching.size()))),
        matching.size(),
        report.valid(),
        report.problems(),
        report.records());
  }

  private static boolean after(Map<String, Object> record, Instant since) {
    try {
      return !Instant.parse(String.valueOf(record.get("time"))).isBefore(since);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
