package dev.lmiadvisor.tools.cost;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps live prices for a while: on-demand prices change rarely, and the Price List API is slow and
 * rate-limited. Failures are not cached, so a later question tries again.
 */
public final class CachedLivePrices implements LivePrices {

  private final LivePrices delegate;
  private final Duration cacheFor;
  private final Clock clock;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(OptionalDouble price, Instant fetched) {}

  public CachedLivePrices(LivePrices delegate, Duration cacheFor, Clock clock) {
    this.delegate = delegate;
    this.cacheFor = cacheFor;
    this.clock = clock;
  }

  @Override
  public OptionalDouble onDemandHourly(String region, String instanceType) {
    String key = region + "/" + instanceType;
    Instant now = clock.instant();
    Entry cached = entries.get(key);
    if (cached != null && cached.fetched().plus(cacheFor).isAfter(now)) {
      return cached.price();
    }
    OptionalDouble price = delegate.onDemandHourly(region, instanceType);
    entries.put(key, new Entry(price, now));
    return price;
  }

  /** When the cached price of this type was fetched, if it is cached. */
  public Optional<Instant> fetchedAt(String region, String instanceType) {
    return Optional.ofNullable(entries.get(region + "/" + instanceType)).map(Entry::fetched);
  }
}
