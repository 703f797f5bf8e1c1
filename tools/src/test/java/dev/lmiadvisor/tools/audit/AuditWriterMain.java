package dev.lmiadvisor.tools.audit;

import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import dev.lmiadvisor.tools.sandbox.RunRequest;
import dev.lmiadvisor.tools.sandbox.RunResult;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The child process of {@link AuditKillTest}: makes audited sandbox calls (alternating allowed,
 * denied and needing confirmation) and prints "seq hash" after each call has returned.
 */
public final class AuditWriterMain {

  private AuditWriterMain() {}

  public static void main(String[] args) {
    Path audit = Path.of(args[0]);
    int calls = Integer.parseInt(args[2]);
    SandboxSettings settings =
        SandboxSettings.fromEnvironment(
            Map.of(
                "LMI_ADVISOR_AUDIT_DIR",
                audit.toString(),
                "LMI_ADVISOR_WORKDIR",
                args[1],
                "LMI_ADVISOR_AUDIT_MAX_FILE_BYTES",
                "200000"));
    String[] commands = {
      "aws lambda list-capacity-providers --region us-east-1",
      "aws ec2 terminate-instances --instance-ids i-1",
      "aws lambda publish-version --function-name orders-api --publish-to LATEST_PUBLISHED",
    };
    try (SandboxService sandbox = SandboxService.create(settings)) {
      for (int i = 0; i < calls; i++) {
        RunResult result =
            sandbox.run(
                new RunRequest(
                    commands[i % commands.length],
                    RunRequest.Mode.PLAN,
                    Optional.empty(),
                    new ClientIdentity("kill-test", "stdio"),
                    Optional.empty()));
        System.out.println(result.auditSeq() + " " + result.auditHash());
        System.out.flush();
      }
    }
  }
}
