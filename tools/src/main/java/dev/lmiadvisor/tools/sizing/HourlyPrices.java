package dev.lmiadvisor.tools.sizing;

import java.util.OptionalDouble;

/** On-demand hourly prices, used to rank instance types by what a fleet of them would cost. */
@FunctionalInterface
public interface HourlyPrices {

  /** The on-demand Linux price of {@code instanceType} in {@code region}, when known. */
  OptionalDouble onDemandHourly(String region, String instanceType);

  HourlyPrices NONE = (region, instanceType) -> OptionalDouble.empty();
}
