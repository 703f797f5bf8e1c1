package dev.lmiadvisor.tools.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Records written to the local log are forwarded to CloudWatch Logs (a loopback stand-in here). */
class CloudWatchAuditSinkTest {

  @TempDir Path dir;

  @Test
  void forwardsEveryWrittenRecord() throws Exception {
    List<String> targets = new CopyOnWriteArrayList<>();
    List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          targets.add(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
          exchange.sendResponseHeaders(200, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    server.start();
    try (AuditLog log = AuditLog.open(dir.resolve("audit"), AuditLog.DEFAULT_MAX_FILE_BYTES)) {
      log.forwardTo(
          CloudWatchAuditSink.start(
              "/lmi-advisor/audit",
              "us-east-1",
              () ->
                  StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "s")),
              Optional.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))));
      AuditRecord record = log.append(AuditLogTest.event(1));
      long deadline = System.currentTimeMillis() + 15_000;
      while (System.currentTimeMillis() < deadline
          && bodies.stream().noneMatch(b -> b.contains(record.hash()))) {
        Thread.sleep(50);
      }
      assertTrue(targets.contains("Logs_20140328.CreateLogStream"), targets.toString());
      assertTrue(targets.contains("Logs_20140328.PutLogEvents"), targets.toString());
      assertTrue(
          bodies.stream()
              .anyMatch(b -> b.contains("/lmi-advisor/audit") && b.contains(record.hash())),
          bodies.toString());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void signedHeadsGoToTheirOwnStreamAndTheNewestIsReadBack() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    AuditLocation location = AuditLocation.of(dir.resolve("audit"));
    String stored =
        "{\"seq\":7,\"mac\":\""
            + "a".repeat(64)
            + "\",\"file\":\"audit-000001.jsonl\",\"sig\":\""
            + "b".repeat(64)
            + "\"}";
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          String json =
              target.endsWith("GetLogEvents")
                  ? "{\"events\":[{\"timestamp\":1,\"message\":"
                      + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(stored)
                      + "}]}"
                  : "{}";
          byte[] reply = json.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
          exchange.sendResponseHeaders(200, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    server.start();
    Optional<URI> endpoint =
        Optional.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
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
          && bodies.stream().noneMatch(b -> b.contains(stream) && b.contains("\\\"sig\\\""))) {
        Thread.sleep(50);
      }
      assertTrue(
          bodies.stream().anyMatch(b -> b.contains(stream) && b.contains("\\\"sig\\\"")),
          bodies.toString());
      assertEquals(
          Optional.of(stored),
          CloudWatchAuditSink.latestHead(
              "/lmi/audit", "us-east-1", credentials, location, endpoint));
    } finally {
      server.stop(0);
    }
  }
}
