package dev.lmiadvisor.server.tools.sandbox;

import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import dev.lmiadvisor.tools.audit.AuditQuery;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import java.time.Instant;
import java.util.function.Supplier;

/** query_audit_log: the newest audit records, and whether the whole chain still verifies. */
public final class QueryAuditLog {

  public static final String NAME = "query_audit_log";

  private QueryAuditLog() {}

  public static ToolDefinition definition(Supplier<SandboxService> sandbox) {
    return new ToolDefinition(
        NAME,
        "Read the sandbox's audit log",
        "Returns the newest records of the audit log (every run_aws_cli attempt, those its input"
            + " schema refused included, and every AWS call of inspect_deployment and"
            + " assess_function: who asked, the command with secrets masked, decision, rule,"
            + " confirmation, outcome, duration), optionally since a time and for one decision, and"
            + " verifies the whole HMAC-SHA256 chain, keyed outside the audit folder, against its"
            + " signed checkpoint: chain_valid is false when a record was edited, inserted, removed"
            + " or truncated, written without the key, or the folder was emptied.",
        SandboxInputs.TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .optional(
                "limit",
                integer("How many records, newest first; 1 to 1000, default 50.")
                    .min(1)
                    .max(AuditQuery.MAX_LIMIT)
                    .defaultValue(AuditQuery.DEFAULT_LIMIT))
            .optional(
                "since",
                string(
                        "Only records from then on: 2026-11-21T09:00:00Z, 2026-11-21, or 24h / 7d / 30m back.")
                    .maxLength(40))
            .optional("decision", SandboxInputs.decision())
            .closed()
            .toMap(),
        OutputSchema.of(NAME, AuditQuery.Result.class).toMap(),
        request -> {
          AuditQuery query =
              new AuditQuery(
                  request.optionalInt("limit").orElse(AuditQuery.DEFAULT_LIMIT),
                  request.optionalString("since").map(s -> AuditQuery.parseSince(s, Instant.now())),
                  request.optionalString("decision"));
          AuditQuery.Result result = sandbox.get().queryAudit(query);
          String text =
              "%d of %d matching records; chain %s%s"
                  .formatted(
                      result.entries().size(),
                      result.total(),
                      result.chainValid() ? "valid" : "BROKEN",
                      result.problems().isEmpty()
                          ? "."
                          : ": " + String.join("; ", result.problems()));
          return new ToolOutcome(result, text);
        });
  }
}
