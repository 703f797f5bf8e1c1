package dev.lmiadvisor.slack.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.slack.Requester;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may decide a request, and that it is decided once. */
class ApprovalBoardTest {

  private static final Requester ALICE = new Requester("T1", "C1", "UALICE");

  @ParameterizedTest(name = "{0} {1} in {2} pressing: {3}")
  @CsvSource({
    "T1, UALICE, C1, DECIDED",
    "T1, UALICE, C9, DECIDED", // the requester, clicking a copy of the message elsewhere
    "T1, UBOSS,  C1, DECIDED", // a configured approver
    "T2, UBOSS,  C1, DECIDED", // approvers are listed by user id, whatever the team field says
    "T1, UBOB,   C1, NOT_PERMITTED",
    "T2, UALICE, C1, NOT_PERMITTED", // the same user id in another workspace is someone else
  })
  void whoMayDecide(String team, String user, String channel, ApprovalBoard.Click expected) {
    ApprovalBoard board = new ApprovalBoard(Set.of("UBOSS"), Duration.ofMinutes(1));
    ApprovalBoard.Pending pending = board.open(ALICE);

    assertEquals(expected, board.click(pending.id(), new Requester(team, channel, user), true));
    assertEquals(expected == ApprovalBoard.Click.DECIDED, pending.decision().isDone());
  }

  @Test
  void aDecisionNamesWhoPressed() {
    ApprovalBoard board = new ApprovalBoard(Set.of("UBOSS"), Duration.ofMinutes(1));
    ApprovalBoard.Pending pending = board.open(ALICE);
    board.click(pending.id(), new Requester("T1", "C7", "UBOSS"), false);

    ApprovalBoard.Decision decision = board.await(pending);
    assertEquals(ApprovalBoard.Verdict.DENIED, decision.verdict());
    assertEquals(
        Map.of("team_id", "T1", "channel_id", "C7", "user_id", "UBOSS"), decision.decidedBy());
  }

  @Test
  void manySimultaneousClicks_decideOnce() throws Exception {
    ApprovalBoard board = new ApprovalBoard(Set.of(), Duration.ofMinutes(1));
    ApprovalBoard.Pending pending = board.open(ALICE);
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<ApprovalBoard.Click>> clicks = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      boolean approve = i % 2 == 0;
      clicks.add(
          () -> {
            go.await();
            return board.click(pending.id(), ALICE, approve);
          });
    }
    try (ExecutorService threads = Executors.newFixedThreadPool(16)) {
      List<Future<ApprovalBoard.Click>> results = clicks.stream().map(threads::submit).toList();
      go.countDown();
      long decided = 0;
      for (Future<ApprovalBoard.Click> result : results) {
        if (result.get() == ApprovalBoard.Click.DECIDED) {
          decided++;
        }
      }
      assertEquals(1, decided);
    }
  }

  @Test
  void expiry_endsTheRequest_andALaterClickChangesNothing() {
    ApprovalBoard board = new ApprovalBoard(Set.of(), Duration.ofMillis(50));
    ApprovalBoard.Pending pending = board.open(ALICE);

    ApprovalBoard.Decision decision = board.await(pending);
    assertEquals(ApprovalBoard.Verdict.EXPIRED, decision.verdict());
    assertFalse(decision.approved());
    assertEquals(ApprovalBoard.Click.ALREADY_DECIDED, board.click(pending.id(), ALICE, true));
    assertEquals(ApprovalBoard.Verdict.EXPIRED, pending.decision().join().verdict());
  }

  @Test
  void stopping_withdrawsOpenRequests() {
    ApprovalBoard board = new ApprovalBoard(Set.of(), Duration.ofMinutes(5));
    ApprovalBoard.Pending pending = board.open(ALICE);

    board.withdrawAll();

    assertTrue(pending.decision().isDone());
    assertEquals(ApprovalBoard.Verdict.WITHDRAWN, board.await(pending).verdict());
    assertEquals(ApprovalBoard.Click.ALREADY_DECIDED, board.click(pending.id(), ALICE, true));
  }

  @Test
  void anUnknownOrMissingRequestId_isAlreadyDecided() {
    ApprovalBoard board = new ApprovalBoard(Set.of(), Duration.ofMinutes(1));
    assertEquals(ApprovalBoard.Click.ALREADY_DECIDED, board.click("nope", ALICE, true));
    assertEquals(ApprovalBoard.Click.ALREADY_DECIDED, board.click(null, ALICE, true));
  }
}
