package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.vocabulary.Choice;

/** The shape of the function's traffic over a day. */
public enum TrafficPattern implements Choice {
  STEADY,
  BURSTY,
  IDLE_PERIODS;

  @Override
  public String toString() {
    return id();
  }

  public static TrafficPattern parse(String text) {
    return Choice.parse("traffic_pattern", text, TrafficPattern.class);
  }
}
