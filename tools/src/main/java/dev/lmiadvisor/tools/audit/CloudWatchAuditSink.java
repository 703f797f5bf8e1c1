package dev.lmiadvisor.tools.audit;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/**
 * Copies audit records to a CloudWatch Logs group, for teams that keep their evidence in the
 * account (LMI_ADVISOR_AUDIT_CLOUDWATCH_LOG_GROUP). The local file stays the record of truth: a
 * record is forwarded after it is on disk, in the background, and a failure to forward is logged
 * and never blocks a call. The log group must exist; the stream ({@code lmi-advisor/<host>/<pid>})
 * is created on first use.
 *
 * <p>The signed head of the folder goes to a stream of its own ({@code lmi-advisor-head/<folder
 * id>}), and {@link #latestHead} reads the newest one back, so that verification can tell whether
 * records were removed even when the folder and its head were rewritten together.
 */
public final class CloudWatchAuditSink {

  private static final Logger log = LoggerFactory.getLogger(CloudWatchAuditSink.class);
  private static final int QUEUE_LIMIT = 10_000;

  private CloudWatchAuditSink() {}

  public static Consumer<String> start(
      String logGroup, String region, Supplier<AwsCredentialsProvider> credentials) {
    return start(logGroup, region, credentials, Optional.empty());
  }

  /** With an endpoint override, for a local stand-in in tests. */
  static Consumer<String> start(
      String logGroup,
      String region,
      Supplier<AwsCredentialsProvider> credentials,
      Optional<URI> endpoint) {
    return startStream(
        logGroup,
        "lmi-advisor/" + host() + "/" + ProcessHandle.current().pid(),
        region,
        credentials,
        endpoint);
  }

  /** Forwards the folder's signed heads to their own stream. */
  public static Consumer<String> startHeads(
      String logGroup,
      String region,
      Supplier<AwsCredentialsProvider> credentials,
      AuditLocation location) {
    return startHeads(logGroup, region, credentials, location, Optional.empty());
  }

  static Consumer<String> startHeads(
      String logGroup,
      String region,
      Supplier<AwsCredentialsProvider> credentials,
      AuditLocation location,
      Optional<URI> endpoint) {
    return startStream(logGroup, headStream(location), region, credentials, endpoint);
  }

  static String headStream(AuditLocation location) {
    return "lmi-advisor-head/" + location.folderId();
  }

  /**
   * The newest head CloudWatch Logs holds for the folder, or empty when it holds none.
   *
   * @throws RuntimeException when CloudWatch Logs cannot be read
   */
  public static Optional<String> latestHead(
      String logGroup,
      String region,
      Supplier<AwsCredentialsProvider> credentials,
      AuditLocation location) {
    return latestHead(logGroup, region, credentials, location, Optional.empty());
  }

  static Optional<String> latestHead(
      String logGroup,
      String region,
      Supplier<AwsCredentialsProvider> credentials,
      AuditLocation location,
      Optional<URI> endpoint) {
    try (CloudWatchLogsClient client = client(region, credentials, endpoint)) {
      var events =
          client.getLogEvents(
              b ->
                  b.logGroupName(logGroup)
                      .logStreamName(headStream(location))
                      .startFromHead(false)
                      .limit(1));
      return events.events().isEmpty()
          ? Optional.empty()
          : Optional.of(events.events().getLast().message());
    } catch (ResourceNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Consumer<String> startStream(
      String logGroup,
      String stream,
      String region,
      Supplier<AwsCredentialsProvider> credentials,
      Optional<URI> endpoint) {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>(QUEUE_LIMIT);
    Thread.ofVirtual()
        .name("audit-cloudwatch")
        .start(() -> forward(queue, logGroup, stream, region, credentials, endpoint));
    return line -> {
      if (!queue.offer(line)) {
        log.warn(
            "audit forwarding to CloudWatch Logs is behind; a record was not forwarded (it is in the local log)");
      }
    };
  }

  private static void forward(
      BlockingQueue<String> queue,
      String group,
      String stream,
      String region,
      Supplier<AwsCredentialsProvider> credentials,
      Optional<URI> endpoint) {
    try (CloudWatchLogsClient client = client(region, credentials, endpoint)) {
      boolean streamReady = false;
      while (!Thread.currentThread().isInterrupted()) {
        String first = queue.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        List<String> batch = new ArrayList<>();
        batch.add(first);
        queue.drainTo(batch, 99);
        long now = System.currentTimeMillis();
        List<InputLogEvent> events =
            batch.stream()
                .map(m -> InputLogEvent.builder().timestamp(now).message(m).build())
                .toList();
        try {
          if (!streamReady) {
            createStream(client, group, stream);
            streamReady = true;
          }
          client.putLogEvents(b -> b.logGroupName(group).logStreamName(stream).logEvents(events));
        } catch (ResourceNotFoundException e) {
          streamReady = false;
          log.warn(
              "audit forwarding: log group {} or its stream is missing; {} records not forwarded",
              group,
              batch.size());
        } catch (RuntimeException e) {
          log.warn(
              "audit forwarding to CloudWatch Logs failed ({}); {} records not forwarded",
              e.getClass().getSimpleName(),
              batch.size());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("audit forwarding to CloudWatch Logs stopped: {}", e.toString());
    }
  }

  private static CloudWatchLogsClient client(
      String region, Supplier<AwsCredentialsProvider> credentials, Optional<URI> endpoint) {
    var builder =
        CloudWatchLogsClient.builder()
            .region(Region.of(region))
            .credentialsProvider(credentials.get())
            .httpClientBuilder(ApacheHttpClient.builder());
    endpoint.ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static void createStream(CloudWatchLogsClient client, String group, String stream) {
    try {
      client.createLogStream(b -> b.logGroupName(group).logStreamName(stream));
    } catch (ResourceAlreadyExistsException e) {
      // another run of this process id created it
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "-");
    } catch (java.io.IOException e) {
      return "host";
    }
  }
}
