package dev.lmiadvisor.tools.cost;

import dev.lmiadvisor.tools.sizing.SizingCalculator;
import java.time.Clock;
import java.util.Optional;

/** The real price table and services wired without live prices. */
final class Fixtures {

  static final PriceTable TABLE = PriceTable.load();

  private Fixtures() {}

  static CostComparator comparator() {
    return comparator(new InstancePricer(TABLE, Optional.empty(), Clock.systemUTC()));
  }

  static CostComparator comparator(InstancePricer pricer) {
    return new CostComparator(TABLE, pricer, new SizingCalculator(TABLE.catalog(), TABLE));
  }
}
