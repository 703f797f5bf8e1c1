package dev.lmiadvisor.server.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.sandbox.ClientIdentity;
import dev.lmiadvisor.tools.sandbox.Confirmation;
import dev.lmiadvisor.tools.sandbox.SandboxService;
import dev.lmiadvisor.tools.sandbox.SandboxSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web approval requests on their own: one decision, the expiry, one use. */
class WebApprovalsTest {

  static final ClientIdentity CLIENT = new ClientIdentity("assistant", "http", Map.of());
  static final Confirmation.Asked ASKED =
      new Confirmation.Asked(
          "call-1",
          "aws lambda delete-function --function-name f",
          "lambda",
          "delete-function",
          "us-east-1");
  static final String QUESTION = "Run this AWS command in us-east-1?\n\naws lambda delete-function";

  @TempDir Path dir;
  private SandboxService sandbox;
  private Instant now = Instant.parse("2026-12-01T10:00:00Z");
  private WebApprovals approvals;

  @BeforeEach
  void start() {
    sandbox =
        SandboxService.create(
            SandboxSettings.fromEnvironment(
                Map.of(
                    "LMI_ADVISOR_AUDIT_DIR", dir.resolve("audit").toString(),
                    "LMI_ADVISOR_WORKDIR", dir.resolve("work").toString())));
    Clock clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    approvals = new WebApprovals(() -> sandbox, Duration.ofMinutes(10), clock);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private String ask() {
    Confirmation.Answer answer =
        approvals.confirmation(CLIENT, Optional.empty()).answer(QUESTION, ASKED);
    assertTrue(answer.pending().isPresent());
    return answer.pending().get().approvalId();
  }

  private Confirmation.Answer retry(String id, String question) {
    return approvals.confirmation(CLIENT, Optional.of(id)).answer(question, ASKED);
  }

  private List<Map<String, Object>> records(String type) {
    return sandbox.auditLog().records().stream().filter(r -> type.equals(r.get("type"))).toList();
  }

  @Test
  void ofManySimultaneousClicksExactlyOneDecides() throws Exception {
    String id = ask();
    int people = 16;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(people);
    List<Future<WebApprovals.Outcome>> clicks = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      boolean approve = i % 2 == 0;
      Map<String, String> who = Map.of("console_user", "person-" + i);
      clicks.add(
          pool.submit(
              () -> {
                go.await();
                return approvals.decide(id, approve, who);
              }));
    }
    go.countDown();
    long decided = 0;
    for (Future<WebApprovals.Outcome> click : clicks) {
      if (click.get() == WebApprovals.Outcome.DECIDED) {
        decided++;
      }
    }
    pool.shutdown();
    assertEquals(1, decided);
    assertEquals(1, records("approval_decided").size(), "one decision on record");
    WebApprovals.Request request = approvals.get(id).orElseThrow();
    assertEquals(
        request.decidedBy().get("console_user"),
        ((Map<?, ?>) records("approval_decided").getFirst().get("approver")).get("console_user"));
  }

  @Test
  void anApprovalIsUsedOnceForTheQuestionItAnswered() {
    String id = ask();
    assertEquals(
        WebApprovals.Outcome.DECIDED, approvals.decide(id, true, Map.of("console_user", "Ada")));
    assertEquals(
        WebApprovals.RULE_MISMATCH,
        retry(id, QUESTION + " --force").refusal().orElseThrow().rule());
    Confirmation.Answer first = retry(id, QUESTION);
    assertTrue(first.accepted());
    assertEquals("Ada", first.approver().get("console_user"));
    assertEquals(WebApprovals.RULE_USED, retry(id, QUESTION).refusal().orElseThrow().rule());
    assertEquals(
        WebApprovals.RULE_UNKNOWN, retry("0".repeat(32), QUESTION).refusal().orElseThrow().rule());
  }

  @Test
  void anUndecidedRequestLapsesOnceAndAnApprovalMustBeUsedInTime() {
    String lapsing = ask();
    now = now.plus(Duration.ofMinutes(10)).plusSeconds(1);
    assertEquals(
        WebApprovals.Outcome.EXPIRED,
        approvals.decide(lapsing, true, Map.of("console_user", "Ada")));
    assertEquals(
        WebApprovals.RULE_EXPIRED, retry(lapsing, QUESTION).refusal().orElseThrow().rule());
    approvals.all();
    assertEquals(1, records("approval_expired").size(), "the lapse is recorded once");

    String late = ask();
    approvals.decide(late, true, Map.of("console_user", "Ada"));
    now = now.plus(Duration.ofMinutes(11));
    assertEquals(WebApprovals.RULE_EXPIRED, retry(late, QUESTION).refusal().orElseThrow().rule());
    assertTrue(sandbox.verifyAudit().valid(), "the approval steps keep the chain intact");
  }
}
