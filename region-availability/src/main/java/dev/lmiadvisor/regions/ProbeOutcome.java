package dev.lmiadvisor.regions;

import java.util.Optional;

/** How a live call to {@code ListCapacityProviders} in a Region ended. */
public enum ProbeOutcome {
  /** Lambda answered the call: the capacity-provider API exists in the Region. */
  SUPPORTED("supported", Optional.of(true)),
  /** Lambda answered that it does not know the operation (UnknownOperationException, 404). */
  NOT_SUPPORTED("not_supported", Optional.of(false)),
  /** The call reached Lambda but the credentials were refused: says nothing about the Region. */
  AUTH_FAILED("auth_failed", Optional.empty()),
  /** No AWS credentials were found, so nothing was sent. */
  NO_CREDENTIALS("no_credentials", Optional.empty()),
  /** The endpoint could not be reached, or did not answer in time. */
  NETWORK_ERROR("network_error", Optional.empty()),
  /** Lambda answered with another error (throttling, a 5xx): inconclusive. */
  SERVICE_ERROR("service_error", Optional.empty());

  private final String id;
  private final Optional<Boolean> answer;

  ProbeOutcome(String id, Optional<Boolean> answer) {
    this.id = id;
    this.answer = answer;
  }

  public String id() {
    return id;
  }

  /** Whether the outcome shows the API present ({@code true}) or absent; empty if inconclusive. */
  public Optional<Boolean> operationExists() {
    return answer;
  }

  @Override
  public String toString() {
    return id;
  }
}
