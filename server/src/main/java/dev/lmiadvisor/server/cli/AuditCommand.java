package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.output.ToolJson;
import dev.lmiadvisor.tools.audit.AuditLocation;
import dev.lmiadvisor.tools.audit.AuditVerifier;
import dev.lmiadvisor.tools.audit.VerificationReport;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lmi-advisor audit verify}: checks the sandbox's audit log for edits, removals and
 * truncation.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Work with the run_aws_cli audit log.",
    subcommands = {AuditCommand.Verify.class})
public final class AuditCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    System.err.println("lmi-advisor audit: name a subcommand, e.g. lmi-advisor audit verify");
    return 2;
  }

  /** Exit code 0 when the chain verifies, 1 when it is broken. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Verify the audit log's HMAC-SHA256 chain and its signed checkpoint: every record intact"
            + " and keyed, none inserted or removed, not truncated, the folder not emptied.",
        "Exit code 0 when valid, 1 when broken."
      })
  public static final class Verify implements Callable<Integer> {

    @Option(
        names = "--dir",
        description =
            "Audit log directory (default: LMI_ADVISOR_AUDIT_DIR or ~/.lmi-advisor/audit).")
    Path directory;

    @Option(names = "--json", description = "Print the verification report as JSON.")
    boolean json;

    @Override
    public Integer call() {
      SandboxSettings settings = SandboxSettings.fromEnvironment();
      Path dir = directory != null ? directory : settings.auditDirectory();
      // The key sits beside the folder unless LMI_ADVISOR_AUDIT_KEY_FILE says where.
      AuditLocation location =
          directory == null || System.getenv("LMI_ADVISOR_AUDIT_KEY_FILE") != null
              ? new AuditLocation(dir, settings.auditKeyFile())
              : AuditLocation.of(dir);
      VerificationReport report = AuditVerifier.verify(location);
      if (json) {
        System.out.println(ToolJson.pretty(report));
      } else {
        if (!Files.isDirectory(dir)) {
          System.out.println("No audit log at " + dir + " (nothing has been recorded yet).");
        } else {
          System.out.println(
              "%s: %d records in %d file(s), newest seq %d, chain %s"
                  .formatted(
                      dir,
                      report.records(),
                      report.files().size(),
                      report.lastSeq(),
                      report.valid() ? "VALID" : "BROKEN"));
        }
        report.problems().forEach(p -> System.out.println("  problem: " + p));
        report.notes().forEach(n -> System.out.println("  note: " + n));
      }
      return report.valid() ? 0 : 1;
    }
  }
}
