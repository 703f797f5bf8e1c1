package dev.lmiadvisor.tools.cost;

import java.util.OptionalDouble;

/** On-demand prices fetched from AWS at the time of the question. */
public interface LivePrices {

  /**
   * The on-demand Linux price per hour of {@code instanceType} in {@code region}, or empty when AWS
   * lists none.
   *
   * @throws LivePriceException when AWS cannot be asked (no credentials, network, throttling)
   */
  OptionalDouble onDemandHourly(String region, String instanceType);

  /** Why a live price could not be obtained; the message is safe to show to a client. */
  final class LivePriceException extends RuntimeException {
    public LivePriceException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
