package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.sizing.Choices;

/** The shape of the function's traffic over a day. */
public enum TrafficPattern {
  STEADY("steady"),
  BURSTY("bursty"),
  IDLE_PERIODS("idle_periods");

  private final String id;

  TrafficPattern(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  public static TrafficPattern parse(String text) {
    return Choices.parse("traffic_pattern", text, values(), TrafficPattern::id);
  }
}
