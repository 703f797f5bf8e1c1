package dev.lmiadvisor.server.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.audit.AuditQuery;
import dev.lmiadvisor.tools.audit.VerificationReport;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The audit trail: the sandbox's audit records, newest first, filtered by decision, rule, client
 * and time, with the chain verified on every view (the same verification as {@code audit verify}
 * and {@code query_audit_log}), and the same selection as JSON lines.
 */
final class AuditPage {

  static final List<String> DECISIONS =
      List.of("allowed", "requires_confirmation", "pending_approval", "denied");
  static final int PAGE = 200;

  private final Supplier<SandboxService> sandbox;

  AuditPage(Supplier<SandboxService> sandbox) {
    this.sandbox = sandbox;
  }

  /** What the filters ask for. Blank fields match everything. */
  record Filter(
      Optional<String> decision,
      Optional<String> rule,
      Optional<String> client,
      Optional<Instant> since,
      Optional<Instant> until) {

    static Filter of(HttpServletRequest request) {
      Instant now = Instant.now();
      Optional<String> decision = field(request, "decision");
      decision.ifPresent(
          d -> {
            if (!DECISIONS.contains(d)) {
              throw new UserInputException("decision must be one of " + DECISIONS);
            }
          });
      return new Filter(
          decision,
          field(request, "rule"),
          field(request, "client"),
          field(request, "since").map(s -> AuditQuery.parseSince(s, now)),
          field(request, "until").map(s -> AuditQuery.parseSince(s, now)));
    }

    boolean matches(Map<String, Object> record) {
      if (decision.isPresent() && !decision.get().equals(record.get("decision"))) {
        return false;
      }
      if (rule.isPresent() && !rule.get().equals(record.get("rule"))) {
        return false;
      }
      if (client.isPresent()) {
        Map<?, ?> who = record.get("client") instanceof Map<?, ?> m ? m : Map.of();
        boolean any = who.values().stream().anyMatch(v -> client.get().equals(String.valueOf(v)));
        if (!any) {
          return false;
        }
      }
      if (since.isPresent() || until.isPresent()) {
        Instant time;
        try {
          time = Instant.parse(String.valueOf(record.get("time")));
        } catch (DateTimeParseException e) {
          return false;
        }
        if (since.isPresent() && time.isBefore(since.get())) {
          return false;
        }
        if (until.isPresent() && time.isAfter(until.get())) {
          return false;
        }
      }
      return true;
    }

    private static Optional<String> field(HttpServletRequest request, String name) {
      return Optional.ofNullable(request.getParameter(name))
          .map(String::strip)
          .filter(v -> !v.isEmpty());
    }
  }

  Map<String, Object> scope(HttpServletRequest request) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("title", "Audit trail");
    Filter filter;
    try {
      filter = Filter.of(request);
    } catch (UserInputException e) {
      scope.put("error", e.getMessage());
      filter =
          new Filter(
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
    }
    VerificationReport report = sandbox.get().verifyAudit();
    scope.put("chainValid", report.valid());
    scope.put("recordsChecked", report.records());
    scope.put("problems", report.problems());

    List<Map<String, Object>> records = sandbox.get().auditLog().records();
    TreeSet<String> rules = new TreeSet<>();
    TreeSet<String> clients = new TreeSet<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    int matching = 0;
    for (int i = records.size() - 1; i >= 0; i--) {
      Map<String, Object> record = records.get(i);
      if (record.get("rule") instanceof String rule) {
        rules.add(rule);
      }
      if (record.get("client") instanceof Map<?, ?> who && who.get("name") != null) {
        clients.add(String.valueOf(who.get("name")));
      }
      if (!filter.matches(record)) {
        continue;
      }
      matching++;
      if (rows.size() < PAGE) {
        rows.add(row(record));
      }
    }
    scope.put("rows", rows);
    scope.put("matching", matching);
    scope.put("shown", rows.size());
    scope.put("none", rows.isEmpty());
    scope.put("decisions", options(DECISIONS, filter.decision()));
    scope.put("rules", options(List.copyOf(rules), filter.rule()));
    scope.put("clients", List.copyOf(clients));
    scope.put("client", filter.client().orElse(""));
    scope.put("since", Optional.ofNullable(request.getParameter("since")).orElse(""));
    scope.put("until", Optional.ofNullable(request.getParameter("until")).orElse(""));
    scope.put(
        "exportQuery", request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return scope;
  }

  private static List<Map<String, Object>> options(List<String> values, Optional<String> chosen) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (String value : values) {
      options.add(Map.of("value", value, "selected", chosen.filter(value::equals).isPresent()));
    }
    return options;
  }

  private static Map<String, Object> row(Map<String, Object> record) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("time", text(record.get("time")));
    row.put("seq", text(record.get("seq")));
    row.put("type", text(record.get("type")));
    Map<?, ?> who = record.get("client") instanceof Map<?, ?> m ? m : Map.of();
    row.put("client", text(who.get("name")) + " (" + text(who.get("transport")) + ")");
    row.put("command", text(record.get("command")));
    row.put("decision", text(record.get("decision")));
    row.put("rule", text(record.get("rule")));
    row.put("confirmation", text(record.get("confirmation")));
    row.put("outcome", text(record.get("outcome")));
    Map<?, ?> approver = record.get("approver") instanceof Map<?, ?> a ? a : Map.of();
    row.put(
        "approver",
        approver.isEmpty()
            ? ""
            : String.valueOf(
                approver.containsKey("console_user")
                    ? approver.get("console_user")
                    : approver.values().stream().map(String::valueOf).toList()));
    row.put("reason", text(record.get("reason")));
    row.put("id", text(record.get("id")));
    return row;
  }

  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }

  /** The filtered records as JSON lines, oldest first, as they are in the log. */
  void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Filter filter;
    try {
      filter = Filter.of(request);
    } catch (UserInputException e) {
      response.setStatus(400);
      response.setContentType("text/plain;charset=UTF-8");
      response.getOutputStream().write(e.getMessage().getBytes(StandardCharsets.UTF_8));
      return;
    }
    response.setStatus(200);
    response.setContentType("application/jsonl;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"lmi-advisor-audit.jsonl\"");
    OutputStream out = response.getOutputStream();
    // One record a line, as in the log itself.
    ObjectWriter line = new ObjectMapper().writer();
    for (Map<String, Object> record : sandbox.get().auditLog().records()) {
      if (filter.matches(record)) {
        out.write(line.writeValueAsBytes(record));
        out.write('\n');
      }
    }
  }
}
