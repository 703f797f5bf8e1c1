package dev.lmiadvisor.regions;

import dev.lmiadvisor.awsstub.AwsStub;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The Lambda endpoint on the shared loopback stub, answering every request with a fixed status,
 * {@code x-amzn-ErrorType} header and body (optionally after a delay), so the probe's tests check
 * the SDK's real marshalling, signing and error classification.
 */
final class LambdaStub {

  private LambdaStub() {}

  static AwsStub answering(int status, String errorType, String body) {
    return answeringAfter(Duration.ZERO, status, errorType, body);
  }

  static AwsStub answeringAfter(Duration delay) {
    return answeringAfter(delay, 200, null, "{\"CapacityProviders\":[]}");
  }

  private static AwsStub answeringAfter(Duration delay, int status, String errorType, String body) {
    Map<String, String> headers = new HashMap<>();
    headers.put("x-amzn-RequestId", "stub-request-1");
    if (errorType != null) {
      headers.put("x-amzn-ErrorType", errorType);
    }
    AwsStub.Reply reply = new AwsStub.Reply(status, body, Map.copyOf(headers));
    return new AwsStub()
        .onAnything(
            request -> {
              try {
                Thread.sleep(delay);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return reply;
            });
  }
}
