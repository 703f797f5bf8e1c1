package dev.lmiadvisor.slack.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.slack.Requester;
import dev.lmiadvisor.slack.SlackTestAccess;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The confirmer on its own, as a tool handler would call it, with the buttons pressed through
 * Bolt's real action handling (signed {@code block_actions} payloads).
 */
class SlackConfirmerTest {

  private static SlackTestAccess slack;

  @BeforeAll
  static void start() throws Exception {
    slack = SlackTestAccess.start();
  }

  @AfterAll
  static void stop() {
    slack.close();
  }

  @Test
  void ask_blocksUntilAPress_andReturnsTheApproversIds() throws Exception {
    Requester requester = new Requester("T0TEAM", "C0CHANNEL", "U0REQUESTER");
    SlackConfirmer confirmer =
        new SlackConfirmer(
            slack.board(),
            new ApprovalPrompt(slack.client(), "C0CHANNEL", Optional.of("1700000000.000001")),
            requester,
            "aws lambda delete-function --function-name orders");

    CompletableFuture<Caller.Confirmation> asked =
        CompletableFuture.supplyAsync(() -> confirmer.ask("Delete the function orders?"));
    JsonNode prompt = slack.awaitPrompt();
    assertFalse(asked.isDone(), "ask() waits for a person");
    assertEquals("1700000000.000001", slack.lastPromptThread());

    slack.click(ApprovalPrompt.APPROVE_ACTION, buttonValue(prompt), "U0APPROVER", "C0OTHER");
    Caller.Confirmation confirmation = asked.get(20, TimeUnit.SECONDS);

    assertTrue(confirmation.accepted());
    assertEquals(
        Map.of("team_id", "T0TEAM", "channel_id", "C0OTHER", "user_id", "U0APPROVER"),
        confirmation.approver());
    assertEquals(java.util.List.of("Approved by <@U0APPROVER>."), confirmer.notes());
  }

  @Test
  void confirm_isFalseWhenDenied() throws Exception {
    Requester requester = new Requester("T0TEAM", "C0CHANNEL", "U0REQUESTER");
    SlackConfirmer confirmer =
        new SlackConfirmer(
            slack.board(),
            new ApprovalPrompt(slack.client(), "C0CHANNEL", Optional.empty()),
            requester,
            "aws iam delete-role --role-name x");

    CompletableFuture<Boolean> asked =
        CompletableFuture.supplyAsync(() -> confirmer.confirm("Delete the role?"));
    JsonNode prompt = slack.awaitPrompt();
    slack.click(ApprovalPrompt.DENY_ACTION, buttonValue(prompt), "U0REQUESTER", "C0CHANNEL");

    assertFalse(asked.get(20, TimeUnit.SECONDS));
  }

  private static String buttonValue(JsonNode blocks) {
    for (JsonNode block : blocks) {
      for (JsonNode element : block.path("elements")) {
        if (!element.path("value").isMissingNode()) {
          return element.path("value").asText();
        }
      }
    }
    throw new AssertionError("no button in " + blocks);
  }

  static final Duration WAIT = Duration.ofSeconds(20);
}
