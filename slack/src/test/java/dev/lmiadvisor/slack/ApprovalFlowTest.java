package dev.lmiadvisor.slack;

import static dev.lmiadvisor.slack.SlackHarness.APPROVER;
import static dev.lmiadvisor.slack.SlackHarness.BYSTANDER;
import static dev.lmiadvisor.slack.SlackHarness.REQUESTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lmiadvisor.slack.approval.ApprovalPrompt;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /lmi run} when the sandbox asks for confirmation: the buttons, who may press them, once
 * only, and the expiry. The tool is a test stand-in for run_aws_cli that asks the caller's
 * confirmer exactly as the sandbox does.
 *
 * <p>{@link RealSandboxApprovalTest} runs the approve-once case through the real sandbox against an
 * AWS endpoint on loopback.
 */
class ApprovalFlowTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String COMMAND = "run aws lambda delete-function --function-name orders";

  @Test
  void approveByTheRequester_runsOnce_andNamesTheApprover() throws Exception {
    TestTools.Runs runs = new TestTools.Runs();
    try (SlackHarness slack = SlackHarness.start(TestTools.confirmingCli(runs))) {
      slack.requests.slashCommand(COMMAND, REQUESTER, slack.stub.responseUrl("run"));
      String request =
          approvalRequestId(slack, "aws lambda delete-function --function-name orders");

      assertEquals(
          200,
          slack
              .requests
              .click(
                  ApprovalPrompt.APPROVE_ACTION,
                  request,
                  REQUESTER,
                  slack.stub.responseUrl("click-1"))
              .statusCode());
      String answer = slack.stub.awaitResponse("run", WAIT).readable();

      assertEquals(1, runs.executions.get());
      assertEquals(REQUESTER.identity(), runs.confirmations.getFirst().approver());
      assertEquals(REQUESTER.identity(), runs.requesters.getFirst());
      assertEquals("execute", runs.arguments.getFirst().get("mode"));
      assertEquals(
          "aws lambda delete-function --function-name orders",
          runs.arguments.getFirst().get("command"));
      assertTrue(answer.contains("Approved by <@" + REQUESTER.userId() + ">"), answer);
      assertTrue(
          slack.stub.awaitMethod("chat.update", WAIT).readable().contains("Approved by"),
          "the buttons are replaced by the outcome");

      // A second click (a double click, or a click on a stale copy) runs nothing.
      slack.requests.click(
          ApprovalPrompt.APPROVE_ACTION, request, REQUESTER, slack.stub.responseUrl("click-2"));
      assertTrue(
          slack.stub.awaitResponse("click-2", WAIT).text().contains("already decided"),
          "the second click is told so");
      assertEquals(1, runs.executions.get());
    }
  }

  @Test
  void someoneElsesClick_doesNothing_andTheRequesterCanStillDeny() throws Exception {
    TestTools.Runs runs = new TestTools.Runs();
    try (SlackHarness slack = SlackHarness.start(TestTools.confirmingCli(runs))) {
      slack.requests.slashCommand(COMMAND, REQUESTER, slack.stub.responseUrl("run"));
      String request =
          approvalRequestId(slack, "aws lambda delete-function --function-name orders");

      slack.requests.click(
          ApprovalPrompt.APPROVE_ACTION, request, BYSTANDER, slack.stub.responseUrl("bystander"));
      assertTrue(
          slack.stub.awaitResponse("bystander", WAIT).text().contains("not yours"),
          "the bystander is told, privately");
      assertEquals(
          "ephemeral",
          slack.stub.responses("bystander").getFirst().json().path("response_type").asText());
      assertTrue(slack.stub.responses("run").isEmpty(), "the request is still open");
      assertEquals(0, runs.executions.get());

      slack.requests.click(
          ApprovalPrompt.DENY_ACTION, request, REQUESTER, slack.stub.responseUrl("deny"));
      String answer = slack.stub.awaitResponse("run", WAIT).readable();

      assertEquals(0, runs.executions.get(), "a denied command is never executed");
      assertFalse(runs.confirmations.getFirst().accepted());
      assertEquals(REQUESTER.identity(), runs.confirmations.getFirst().approver());
      assertTrue(
          answer.contains("Denied by <@" + REQUESTER.userId() + ">; nothing was run."), answer);
    }
  }

  @Test
  void aConfiguredApprover_mayApproveSomeoneElsesCommand() throws Exception {
    TestTools.Runs runs = new TestTools.Runs();
    try (SlackHarness slack = SlackHarness.start(TestTools.confirmingCli(runs))) {
      slack.requests.slashCommand(COMMAND, REQUESTER, slack.stub.responseUrl("run"));
      String request =
          approvalRequestId(slack, "aws lambda delete-function --function-name orders");

      slack.requests.click(
          ApprovalPrompt.APPROVE_ACTION, request, APPROVER, slack.stub.responseUrl("approver"));
      slack.stub.awaitResponse("run", WAIT);

      assertEquals(1, runs.executions.get());
      assertEquals(APPROVER.identity(), runs.confirmations.getFirst().approver());
      assertEquals(REQUESTER.identity(), runs.requesters.getFirst());
    }
  }

  @Test
  void anExpiredRequest_isMarkedExpired_andALateClickRunsNothing() throws Exception {
    TestTools.Runs runs = new TestTools.Runs();
    try (SlackHarness slack =
        SlackHarness.withExpiry(Duration.ofMillis(500), TestTools.confirmingCli(runs))) {
      slack.requests.slashCommand(COMMAND, REQUESTER, slack.stub.responseUrl("run"));
      String request =
          approvalRequestId(slack, "aws lambda delete-function --function-name orders");

      String answer = slack.stub.awaitResponse("run", WAIT).readable();
      assertTrue(answer.contains("expired and nothing was run"), answer);
      assertTrue(
          slack.stub.awaitMethod("chat.update", WAIT).readable().contains("expired"),
          "the message is marked expired");

      slack.requests.click(
          ApprovalPrompt.APPROVE_ACTION, request, REQUESTER, slack.stub.responseUrl("late"));
      assertTrue(slack.stub.awaitResponse("late", WAIT).text().contains("has expired"));
      assertEquals(0, runs.executions.get());
      assertFalse(runs.confirmations.getFirst().accepted());
    }
  }

  @Test
  void whenTheButtonsCannotBePosted_theReplySaysWhatToDo_andNothingRuns() throws Exception {
    TestTools.Runs runs = new TestTools.Runs();
    try (SlackHarness slack = SlackHarness.start(TestTools.confirmingCli(runs))) {
      slack.stub.fail("chat.postMessage", "not_in_channel");
      slack.requests.slashCommand(COMMAND, REQUESTER, slack.stub.responseUrl("run"));

      String answer = slack.stub.awaitResponse("run", WAIT).readable();
      assertTrue(answer.contains("/invite @LMI Advisor"), answer);
      assertTrue(answer.contains("Nothing was run."), answer);
      assertEquals(0, runs.executions.get());
    }
  }

  @Test
  void aMentionAsksForApprovalInItsThread() throws Exception {
    TestTools.Runs runs = new TestTools.Runs();
    try (SlackHarness slack = SlackHarness.start(TestTools.confirmingCli(runs))) {
      slack.requests.mention(
          "<@U0BOT> run aws lambda delete-function --function-name orders",
          REQUESTER,
          "1700000100.000100",
          false);
      SlackApiStub.Call prompt =
          slack.stub.await(c -> c.method().equals("chat.postMessage") && hasButtons(c), WAIT);
      assertEquals("1700000100.000100", prompt.form().get("thread_ts"));

      slack.requests.click(
          ApprovalPrompt.APPROVE_ACTION,
          buttonValue(prompt),
          REQUESTER,
          slack.stub.responseUrl("c"));
      SlackApiStub.Call answer =
          slack.stub.await(
              c -> c.method().equals("chat.postMessage") && c.readable().contains("Approved by"),
              WAIT);
      assertEquals("1700000100.000100", answer.form().get("thread_ts"));
      assertEquals(1, runs.executions.get());
    }
  }

  /** Waits for the Approve/Deny message and reads the request id from its buttons. */
  static String approvalRequestId(SlackHarness slack, String command) {
    SlackApiStub.Call prompt =
        slack.stub.await(c -> c.method().equals("chat.postMessage") && hasButtons(c), WAIT);
    assertEquals(REQUESTER.channelId(), prompt.form().get("channel"));
    assertTrue(prompt.readable().contains(command));
    return buttonValue(prompt);
  }

  static boolean hasButtons(SlackApiStub.Call call) {
    for (JsonNode block : call.blocks()) {
      if (block.path("type").asText().equals("actions")) {
        return true;
      }
    }
    return false;
  }

  static String buttonValue(SlackApiStub.Call prompt) {
    for (JsonNode block : prompt.blocks()) {
      for (JsonNode element : block.path("elements")) {
        if (element.path("action_id").asText().equals(ApprovalPrompt.APPROVE_ACTION)) {
          return element.path("value").asText();
        }
      }
    }
    throw new AssertionError("no Approve button in " + prompt.blocks() + Map.of());
  }
}
