package dev.lmiadvisor.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import dev.lmiadvisor.tools.sandbox.RunRequest;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

  @TempDir Path dir;

  private int verify(Path audit) {
    return LmiAdvisor.commandLine().execute("audit", "verify", "--dir", audit.toString());
  }

  @Test
  void exitsNonZeroWhenTheChainIsBroken() throws Exception {
    Path audit = dir.resolve("audit");
    SandboxSettings settings =
        SandboxSettings.fromEnvironment(
            Map.of(
                "LMI_ADVISOR_AUDIT_DIR", audit.toString(), "LMI_ADVISOR_WORKDIR", dir.toString()));
    try (SandboxService sandbox = SandboxService.create(settings)) {
      for (String command :
          List.of(
              "aws lambda list-functions",
              "aws sts get-session-token",
              "aws lambda list-capacity-providers")) {
        sandbox.run(
            new RunRequest(
                command,
                RunRequest.Mode.PLAN,
                Optional.empty(),
                new ClientIdentity("t", "cli"),
                Optional.empty()));
      }
    }
    assertEquals(0, verify(audit));
    assertEquals(0, verify(dir.resolve("never-written")), "an empty log is valid");
    Path file;
    try (var files = Files.list(audit)) {
      file = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
    }
    List<String> lines = Files.readAllLines(file);
    Files.write(file, List.of(lines.get(0), lines.get(2)));
    assertEquals(1, verify(audit));
  }
}
