package dev.lmiadvisor.tools.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.awsstub.AwsStub;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Records written to the local log are forwarded to CloudWatch Logs (a loopback stand-in here). */
class CloudWatchAuditSinkTest {

  @TempDir Path dir;

  @Test
  void forwardsEveryWrittenRecord() throws Exception {
    try (AwsStub logs = new AwsStub();
        AuditLog log = AuditLog.open(dir.resolve("audit"), AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      logs.onAnything(request -> AwsStub.Reply.json11(200, "{}"));
      log.forwardTo(
          CloudWatchAuditSink.start(
              "/lmi-advisor/audit",
              "us-east-1",
              () ->
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "s")),
              Optional.of(logs.endpoint())));
      AuditRecord record = log.append(AuditLogTest.event(1));
      long deadline = System.currentTimeMillis() + 15_000;
      while (System.currentTimeMillis() < deadline
          && logs.received.stream().noneMatch(r -> r.body().contains(record.hash()))) {
        Thread.sleep(50);
      }
      List<String> targets = logs.received.stream().map(AwsStub.Received::target).toList();
      assertTrue(targets.contains("Logs_20140328.CreateLogStream"), targets.toString());
      assertTrue(targets.contains("Logs_20140328.PutLogEvents"), targets.toString());
      assertTrue(
          logs.received.stream()
              .map(AwsStub.Received::body)
              .anyMatch(b -> b.contains("/lmi-advisor/audit") && b.contains(record.hash())),
          logs.received.toString());
    }
  }

  @Test
  void signedHeadsGoToTheirOwnStreamAndTheNewestIsReadBack() throws Exception {
    AuditLocation location = AuditLocation.of(dir.resolve("audit"));
    String stored =
        "{\"seq\":7,\"mac\":\""
            + "a".repeat(64)
            + "\",\"file\":\"audit-000001.jsonl\",\"sig\":\""
            + "b".repeat(64)
            + "\"}";
    String events =
        "{\"events\":[{\"timestamp\":1,\"message\":"
            + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(stored)
            + "}]}";
    AwsStub logs = new AwsStub();
    logs.onTarget("Logs_20140328.GetLogEvents", request -> AwsStub.Reply.json11(200, events))
        .onAnything(request -> AwsStub.Reply.json11(200, "{}"));
    Optional<URI> endpoint = Optional.of(logs.endpoint());
    java.util.function.Supplier<software.amazon.awssdk.auth.credentials.AwsCredentialsProvider>
        credentials =
            () -> StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "s"));
    try (AuditLog log = AuditLog.open(location, AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      log.forwardHeadsTo(
          CloudWatchAuditSink.startHeads(
              "/lmi/audit", "us-east-1", credentials, location, endpoint));
      log.append(AuditLogTest.event(1));
      long deadline = System.currentTimeMillis() + 15_000;
      String stream = "lmi-advisor-head/" + location.folderId();
      while (System.currentTimeMillis() < deadline
          && bodies(logs).noneMatch(b -> b.contains(stream) && b.contains("\\\"sig\\\""))) {
        Thread.sleep(50);
      }
      assertTrue(
          bodies(logs).anyMatch(b -> b.contains(stream) && b.contains("\\\"sig\\\"")),
          logs.received.toString());
      assertEquals(
          Optional.of(stored),
          CloudWatchAuditSink.latestHead(
              "/lmi/audit", "us-east-1", credentials, location, endpoint));
    } finally {
      logs.close();
    }
  }

  private static Stream<String> bodies(AwsStub stub) {
    return stub.received.stream().map(AwsStub.Received::body);
  }
}
