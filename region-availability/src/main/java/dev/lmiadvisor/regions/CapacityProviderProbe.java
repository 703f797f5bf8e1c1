package dev.lmiadvisor.regions;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;
import software.amazon.awssdk.services.lambda.model.ListCapacityProvidersResponse;

/**
 * Asks Lambda in a Region whether it knows the LMI API, by calling {@code ListCapacityProviders}
 * (read-only, at most one item) through the AWS SDK with the configured credentials.
 *
 * <p>The answer is classified so that "this Region does not have the operation" is never confused
 * with a credentials or network problem, which say nothing about the Region. The probe makes one
 * attempt (no retries) bounded by a timeout.
 *
 * <p>Settings, from the environment:
 *
 * <ul>
 *   <li>{@code LMI_ADVISOR_PROBE_TIMEOUT_SECONDS}: 1 to 60, default 10.
 *   <li>{@code LMI_ADVISOR_PROBE_ENDPOINT}: send the call to this endpoint instead of the Region's
 *       Lambda endpoint, for a local emulator or stub. Only loopback addresses are accepted, so
 *       credentials never go to a host that is not AWS.
 * </ul>
 */
public final class CapacityProviderProbe {

  private static final Logger log = LoggerFactory.getLogger(CapacityProviderProbe.class);

  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** Error codes that mean the service does not know the operation at all. */
  private static final Set<String> UNKNOWN_OPERATION =
      Set.of(
          "unknownoperationexception",
          "unknownoperation",
          "invalidaction",
          "unsupportedoperation",
          "unsupportedoperationexception");

  /** Error codes that mean the credentials or the signature were refused. */
  private static final Set<String> AUTH_REFUSED =
      Set.of(
          "accessdenied",
          "accessdeniedexception",
          "unrecognizedclientexception",
          "invalidclienttokenid",
          "invalidsignatureexception",
          "signaturedoesnotmatch",
          "incompletesignature",
          "missingauthenticationtoken",
          "missingauthenticationtokenexception",
          "expiredtoken",
          "expiredtokenexception",
          "authfailure");

  private final Optional<URI> endpointOverride;
  private final AwsCredentialsProvider credentials;
  private final Duration timeout;
  private final Clock clock;

  /**
   * @param endpointOverride a loopback endpoint to call instead of the Region's own
   * @param credentials the credentials to sign with
   * @param timeout bound on resolving credentials and on the call itself
   */
  public CapacityProviderProbe(
      Optional<URI> endpointOverride, AwsCredentialsProvider credentials, Duration timeout) {
    this(endpointOverride, credentials, timeout, Clock.systemUTC());
  }

  CapacityProviderProbe(
      Optional<URI> endpointOverride,
      AwsCredentialsProvider credentials,
      Duration timeout,
      Clock clock) {
    endpointOverride.ifPresent(CapacityProviderProbe::requireLoopback);
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException("probe timeout must be between 1 and 60 seconds");
    }
    this.endpointOverride = endpointOverride;
    this.credentials = credentials;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** The probe configured from the environment, with the SDK's default credentials chain. */
  public static CapacityProviderProbe fromEnvironment(Map<String, String> environment) {
    Optional<URI> endpoint =
        Optional.ofNullable(environment.get("LMI_ADVISOR_PROBE_ENDPOINT"))
            .filter(v -> !v.isBlank())
            .map(
                v -> {
                  try {
                    return URI.create(v.strip());
                  } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                        "LMI_ADVISOR_PROBE_ENDPOINT is not a URI: " + RegionCatalog.printable(v));
                  }
                });
    Duration timeout =
        Optional.ofNullable(environment.get("LMI_ADVISOR_PROBE_TIMEOUT_SECONDS"))
            .filter(v -> !v.isBlank())
            .map(
                v -> {
                  try {
                    return Duration.ofSeconds(Long.parseLong(v.strip()));
                  } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                        "LMI_ADVISOR_PROBE_TIMEOUT_SECONDS must be a whole number of seconds (1-60)");
                  }
                })
            .orElse(DEFAULT_TIMEOUT);
    return new CapacityProviderProbe(
        endpoint, DefaultCredentialsProvider.builder().build(), timeout);
  }

  private static void requireLoopback(URI endpoint) {
    String scheme = endpoint.getScheme();
    String host = endpoint.getHost();
    boolean loopback;
    try {
      loopback =
          host != null
              && ("localhost".equalsIgnoreCase(host)
                  || InetAddress.getByName(host).isLoopbackAddress());
    } catch (UnknownHostException e) {
      loopback = false;
    }
    if (!loopback || !("http".equals(scheme) || "https".equals(scheme))) {
      throw new IllegalArgumentException(
          "the probe endpoint override must be an http(s) URL on a loopback address (127.0.0.1,"
              + " ::1 or localhost), not "
              + RegionCatalog.printable(endpoint.toString()));
    }
  }

  /** Calls {@code ListCapacityProviders} in the Region and classifies what happened. */
  public ProbeResult probe(RegionInfo region) {
    String endpoint = endpointOverride.map(URI::toString).orElseGet(() -> defaultEndpoint(region));
    Optional<String> missingCredentials = checkCredentials();
    if (missingCredentials.isPresent()) {
      return result(
          ProbeOutcome.NO_CREDENTIALS, missingCredentials.get(), endpoint, null, null, null);
    }
    LambdaClientBuilder builder =
        LambdaClient.builder()
            .region(Region.of(region.code()))
            .credentialsProvider(credentials)
            .overrideConfiguration(
                c ->
                    c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(timeout)
                        .apiCallAttemptTimeout(timeout));
    endpointOverride.ifPresent(builder::endpointOverride);
    try (LambdaClient lambda = builder.build()) {
      ListCapacityProvidersResponse response = lambda.listCapacityProviders(r -> r.maxItems(1));
      return result(
          ProbeOutcome.SUPPORTED,
          "Lambda in %s answered ListCapacityProviders (HTTP %d): the LMI API exists there."
              .formatted(region.code(), response.sdkHttpResponse().statusCode()),
          endpoint,
          response.sdkHttpResponse().statusCode(),
          null,
          response.responseMetadata().requestId());
    } catch (AwsServiceException e) {
      return classifyServiceError(region, endpoint, e);
    } catch (SdkClientException e) {
      return classifyClientError(region, endpoint, e);
    }
  }

  private Optional<String> checkCredentials() {
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    try {
      Future<?> resolved = executor.submit(credentials::resolveCredentials);
      resolved.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return Optional.empty();
    } catch (TimeoutException e) {
      return Optional.of(
          "No AWS credentials were found within %d s, so nothing was sent. Configure credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or an instance role) to probe."
              .formatted(timeout.toSeconds()));
    } catch (ExecutionException e) {
      log.debug("credentials could not be resolved for the live probe", e.getCause());
      return Optional.of(
          "No AWS credentials were found, so nothing was sent. Configure credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or an instance role) to probe.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("Interrupted while looking for AWS credentials; nothing was sent.");
    } finally {
      executor.shutdownNow();
    }
  }

  private ProbeResult classifyServiceError(
      RegionInfo region, String endpoint, AwsServiceException e) {
    int status = e.statusCode();
    String code =
        e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
            ? ""
            : e.awsErrorDetails().errorCode();
    String normalizedCode = code.toLowerCase(Locale.ROOT);
    String shownCode = code.isEmpty() ? "no error code" : code;
    ProbeOutcome outcome;
    String detail;
    if (UNKNOWN_OPERATION.contains(normalizedCode)
        || (status == 404 && !normalizedCode.contains("resourcenotfound"))) {
      outcome = ProbeOutcome.NOT_SUPPORTED;
      detail =
          "Lambda in %s does not know ListCapacityProviders (HTTP %d, %s): the LMI API is not offered there."
              .formatted(region.code(), status, shownCode);
    } else if (AUTH_REFUSED.contains(normalizedCode) || status == 401 || status == 403) {
      outcome = ProbeOutcome.AUTH_FAILED;
      detail =
          "Lambda in %s refused the credentials (HTTP %d, %s). This says nothing about LMI in the Region; use credentials valid in the %s partition with lambda:ListCapacityProviders permission."
              .formatted(region.code(), status, shownCode, region.partition().id());
    } else {
      outcome = ProbeOutcome.SERVICE_ERROR;
      detail =
          "Lambda in %s answered with an error (HTTP %d, %s); the probe is inconclusive."
              .formatted(region.code(), status, shownCode);
    }
    return result(outcome, detail, endpoint, status, code.isEmpty() ? null : code, e.requestId());
  }

  private ProbeResult classifyClientError(
      RegionInfo region, String endpoint, SdkClientException e) {
    log.debug("live probe of {} failed before Lambda answered", region.code(), e);
    String why;
    if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
      why = "no answer within %d s".formatted(timeout.toSeconds());
    } else if (hasCause(e, ConnectException.class)) {
      why = "the connection was refused";
    } else if (hasCause(e, UnknownHostException.class)) {
      why = "the host name did not resolve";
    } else if (hasCause(e, IOException.class)) {
      why = "the network call failed (" + rootCause(e).getClass().getSimpleName() + ")";
    } else {
      why = "the SDK could not send the call (" + e.getClass().getSimpleName() + ")";
    }
    return result(
        ProbeOutcome.NETWORK_ERROR,
        "Could not reach Lambda in %s at %s: %s. This says nothing about LMI in the Region."
            .formatted(region.code(), endpoint, why),
        endpoint,
        null,
        null,
        null);
  }

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable rootCause(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private ProbeResult result(
      ProbeOutcome outcome,
      String detail,
      String endpoint,
      Integer status,
      String code,
      String requestId) {
    return new ProbeResult(
        outcome,
        detail,
        endpoint,
        Optional.ofNullable(status),
        Optional.ofNullable(code),
        Optional.ofNullable(requestId).filter(id -> !id.isBlank()),
        clock.instant());
  }

  /** The Region's Lambda endpoint as the SDK's metadata names it. */
  static String defaultEndpoint(RegionInfo region) {
    try {
      return "https://" + ServiceMetadata.of("lambda").endpointFor(Region.of(region.code()));
    } catch (RuntimeException e) {
      return "https://lambda." + region.code() + "." + region.partition().dnsSuffix();
    }
  }
}
