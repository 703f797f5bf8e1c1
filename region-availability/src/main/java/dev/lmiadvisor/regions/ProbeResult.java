package dev.lmiadvisor.regions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;

/**
 * What the live probe saw.
 *
 * @param outcome how the call ended
 * @param detail one or two sentences for a person, never a stack trace
 * @param endpoint the endpoint called
 * @param httpStatus the HTTP status Lambda answered with, when it answered
 * @param errorCode the AWS error code, when there was one
 * @param requestId the AWS request id, for support cases
 * @param checkedAt when the probe ran
 */
public record ProbeResult(
    ProbeOutcome outcome,
    String detail,
    String endpoint,
    Optional<Integer> httpStatus,
    Optional<String> errorCode,
    Optional<String> requestId,
    Instant checkedAt) {

  /** Whether the outcome shows the API present or absent; empty when it is inconclusive. */
  @JsonProperty
  public Optional<Boolean> operationExists() {
    return outcome.operationExists();
  }
}
