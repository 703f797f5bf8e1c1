package dev.lmiadvisor.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.awsstub.AwsStub;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The live probe through the real AWS SDK against a Lambda stand-in on loopback. */
class CapacityProviderProbeTest {

  private static final AwsCredentialsProvider TEST_CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "not-a-secret"));
  private static final RegionInfo BEIJING = RegionCatalog.standard().require("cn-north-1");

  private static CapacityProviderProbe probeAt(URI endpoint, Duration timeout) {
    return new CapacityProviderProbe(Optional.of(endpoint), TEST_CREDENTIALS, timeout);
  }

  @Test
  void anAnswerMeansSupported_andTheSdkSentASignedListCapacityProvidersCall() throws Exception {
    try (AwsStub lambda = LambdaStub.answering(200, null, "{\"CapacityProviders\":[]}")) {
      ProbeResult result = probeAt(lambda.endpoint(), Duration.ofSeconds(5)).probe(BEIJING);

      assertEquals(ProbeOutcome.SUPPORTED, result.outcome(), result.detail());
      assertEquals(Optional.of(200), result.httpStatus());
      assertEquals(Optional.of("stub-request-1"), result.requestId());
      AwsStub.Received call = lambda.received.getFirst();
      assertEquals("GET", call.method());
      assertTrue(
          call.pathAndQuery().startsWith("/2025-11-30/capacity-providers"), call.pathAndQuery());
      assertTrue(call.pathAndQuery().contains("MaxItems=1"), call.pathAndQuery());
      assertTrue(
          call.authorization().contains("/cn-north-1/lambda/aws4_request"), call.authorization());
    }
  }

  @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
  @CsvSource(
      nullValues = "none",
      value = {
        "404, UnknownOperationException, not_supported",
        "404, none, not_supported",
        "400, InvalidAction, not_supported",
        "403, AccessDeniedException, auth_failed",
        "403, UnrecognizedClientException, auth_failed",
        "403, InvalidSignatureException, auth_failed",
        "403, ExpiredTokenException, auth_failed",
        "401, none, auth_failed",
        "429, TooManyRequestsException, service_error",
        "500, ServiceException, service_error",
      })
  void errorsAreClassifiedApartFromEachOther(int status, String errorType, String expected)
      throws Exception {
    try (AwsStub lambda = LambdaStub.answering(status, errorType, "{\"message\":\"stubbed\"}")) {
      ProbeResult result = probeAt(lambda.endpoint(), Duration.ofSeconds(5)).probe(BEIJING);

      assertEquals(expected, result.outcome().id(), result.detail());
      assertEquals(Optional.of(status), result.httpStatus());
      assertEquals(Optional.ofNullable(errorType), result.errorCode());
      assertEquals(1, lambda.received.size(), "one attempt, no retries");
    }
  }

  @Test
  void noAnswerInTimeIsANetworkError() throws Exception {
    try (AwsStub lambda = LambdaStub.answeringAfter(Duration.ofSeconds(4))) {
      ProbeResult result = probeAt(lambda.endpoint(), Duration.ofSeconds(1)).probe(BEIJING);

      assertEquals(ProbeOutcome.NETWORK_ERROR, result.outcome(), result.detail());
      assertTrue(result.detail().contains("no answer within 1 s"), result.detail());
      assertTrue(result.detail().contains("says nothing about LMI"), result.detail());
    }
  }

  @Test
  void aRefusedConnectionIsANetworkError() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    ProbeResult result =
        probeAt(URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(5)).probe(BEIJING);

    assertEquals(ProbeOutcome.NETWORK_ERROR, result.outcome(), result.detail());
    assertTrue(result.detail().contains("refused"), result.detail());
  }

  @Test
  void missingCredentialsSendNothing() throws Exception {
    AwsCredentialsProvider none =
        () -> {
          throw SdkClientException.create("Unable to load credentials from any provider");
        };
    try (AwsStub lambda = LambdaStub.answering(200, null, "{\"CapacityProviders\":[]}")) {
      ProbeResult result =
          new CapacityProviderProbe(Optional.of(lambda.endpoint()), none, Duration.ofSeconds(5))
              .probe(BEIJING);

      assertEquals(ProbeOutcome.NO_CREDENTIALS, result.outcome(), result.detail());
      assertTrue(lambda.received.isEmpty());
    }
  }

  @ParameterizedTest
  @CsvSource({"https://lambda.example.com", "http://10.0.0.8:4566", "ftp://127.0.0.1:21"})
  void endpointOverridesOffLoopbackAreRefused(String endpoint) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> probeAt(URI.create(endpoint), Duration.ofSeconds(5)));
    assertTrue(error.getMessage().contains("loopback"), error.getMessage());
  }

  @Test
  void environmentSettingsAreChecked() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CapacityProviderProbe.fromEnvironment(
                Map.of("LMI_ADVISOR_PROBE_TIMEOUT_SECONDS", "soon")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CapacityProviderProbe.fromEnvironment(
                Map.of("LMI_ADVISOR_PROBE_TIMEOUT_SECONDS", "600")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CapacityProviderProbe.fromEnvironment(
                Map.of("LMI_ADVISOR_PROBE_ENDPOINT", "https://evil.example.net")));
  }

  @Test
  void withoutOverrideTheRegionsOwnEndpointIsNamed() {
    assertEquals(
        "https://lambda.cn-north-1.amazonaws.com.cn",
        CapacityProviderProbe.defaultEndpoint(BEIJING));
  }
}
