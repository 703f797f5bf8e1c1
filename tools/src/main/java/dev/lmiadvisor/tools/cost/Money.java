package dev.lmiadvisor.tools.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Dollar amounts are computed in full precision and rounded to the cent only for output. */
final class Money {

  private Money() {}

  static double cents(double usd) {
    return BigDecimal.valueOf(usd).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  static double oneDecimal(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }
}
