package dev.lmiadvisor.slack;

import static dev.lmiadvisor.slack.SlackHarness.REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.awsstub.AwsStub;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.tools.sandbox.RunAwsCli;
import dev.lmiadvisor.slack.approval.ApprovalPrompt;
import dev.lmiadvisor.tools.audit.AuditVerifier;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * {@code /lmi run} through the real sandbox in execute mode: Approve by the requester sends the
 * request once, through the real AWS SDK, to an AWS endpoint on loopback; a second click sends
 * nothing; the audit log records the Slack requester and approver and its chain stays valid.
 */
class RealSandboxApprovalTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dir;

  @Test
  void approveByTheRequester_reachesTheAwsEndpointOnce_andIsAudited() throws Exception {
    AwsStub aws = new AwsStub().onAnything(request -> AwsStub.Reply.json(204, ""));
    List<AwsStub.Received> received = aws.received;
    Path audit = dir.resolve("audit");
    SandboxService sandbox =
        SandboxService.create(
            SandboxSettings.fromEnvironment(
                    Map.of(
                        "LMI_ADVISOR_AUDIT_DIR", audit.toString(),
                        "LMI_ADVISOR_WORKDIR", dir.resolve("work").toString()))
                .withExecuteEnabled(true)
                .withCredentials(
                    StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIDEXAMPLE", "test-secret"))));
    String command =
        "aws lambda delete-function --function-name orders --region us-east-1 --endpoint-url "
            + aws.url();
    ToolDefinition runAwsCli = RunAwsCli.definition(() -> sandbox);
    try (SlackHarness slack = SlackHarness.start(runAwsCli)) {
      slack.requests.slashCommand("run " + command, REQUESTER, slack.stub.responseUrl("run"));
      String request = ApprovalFlowTest.approvalRequestId(slack, command);
      assertTrue(received.isEmpty(), "nothing is sent before the approval");

      slack.requests.click(
          ApprovalPrompt.APPROVE_ACTION, request, REQUESTER, slack.stub.responseUrl("click-1"));
      String answer = slack.stub.awaitResponse("run", WAIT).readable();
      assertEquals(1, received.size(), "one request reached AWS: " + received);
      AwsStub.Received sent = received.getFirst();
      assertEquals("DELETE /2015-03-31/functions/orders", sent.method() + " " + sent.path());
      assertTrue(sent.authorization().startsWith("AWS4-HMAC-SHA256"), sent.authorization());
      assertTrue(answer.contains("Approved by <@" + REQUESTER.userId() + ">"), answer);

      slack.requests.click(
          ApprovalPrompt.APPROVE_ACTION, request, REQUESTER, slack.stub.responseUrl("click-2"));
      assertTrue(slack.stub.awaitResponse("click-2", WAIT).text().contains("already decided"));
      assertEquals(1, received.size(), "a second click sends nothing");
    } finally {
      sandbox.close();
      aws.close();
    }

    String log;
    try (Stream<Path> files = Files.list(audit)) {
      log =
          String.join(
              "\n",
              files
                  .filter(f -> f.toString().endsWith(".jsonl"))
                  .sorted()
                  .map(RealSandboxApprovalTest::read)
                  .toList());
    }
    assertTrue(log.contains("\"transport\":\"slack\""), log);
    assertTrue(
        log.contains("\"user_id\":\"" + REQUESTER.userId() + "\""), "requester recorded: " + log);
    assertTrue(log.contains("\"approver\":{"), "approver recorded: " + log);
    assertTrue(log.contains("\"outcome\":\"executed\""), log);
    assertTrue(AuditVerifier.verify(audit).valid());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
