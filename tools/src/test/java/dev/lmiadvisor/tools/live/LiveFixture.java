package dev.lmiadvisor.tools.live;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.awsstub.AwsStub;
import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import dev.lmiadvisor.tools.sandbox.Decision;
import dev.lmiadvisor.tools.sandbox.Evaluation;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * What the live-account tests share: the loopback stub, the sandbox (whose audit log the tools
 * write to, and whose plan mode must accept every fix), and settings that point the real SDK at the
 * stub with static test credentials.
 */
final class LiveFixture implements AutoCloseable {

  static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
  static final ClientIdentity CLIENT = new ClientIdentity("test-client", "stdio");

  final AwsStub stub = new AwsStub();
  final SandboxService sandbox;
  final LiveSettings settings;

  /**
   * @param root a test's own folder: the audit log goes in a folder inside it, so that its key and
   *     checkpoint (kept beside the folder) stay inside it too
   */
  LiveFixture(Path root) {
    sandbox =
        SandboxService.create(
            SandboxSettings.fromEnvironment(
                Map.of("LMI_ADVISOR_AUDIT_DIR", root.resolve("audit").toString())));
    settings =
        new LiveSettings(
                () ->
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(
                            ACCESS_KEY, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")),
                Optional.empty(),
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                LiveSettings.DEFAULT_MAX_CALLS,
                LiveSettings.DEFAULT_MAX_PAGES,
                Optional.empty())
            .withEndpoint(stub.url());
  }

  /** Every command of every finding is one the sandbox parses, validates and would ask to run. */
  void assertSandboxAccepts(List<Finding> findings) {
    for (Finding finding : findings) {
      for (String command : finding.fixCommands()) {
        Evaluation evaluation = sandbox.check(command, Optional.empty());
        assertNotEquals(
            Decision.DENIED,
            evaluation.decision(),
            () -> finding.ruleId() + ": " + command + " -> " + evaluation.reason());
        assertTrue(evaluation.plan().isPresent(), command);
      }
    }
  }

  /** The audit records of live calls, oldest first. */
  List<Map<String, Object>> liveRecords() {
    return sandbox.auditLog().records().stream()
        .filter(r -> String.valueOf(r.get("type")).startsWith("live_"))
        .toList();
  }

  @Override
  public void close() {
    stub.close();
    sandbox.close();
  }
}
