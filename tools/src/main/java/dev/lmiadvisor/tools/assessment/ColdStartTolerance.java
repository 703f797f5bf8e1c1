package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.sizing.Choices;

/** Whether cold starts hurt the function's callers. */
public enum ColdStartTolerance {
  UNACCEPTABLE("unacceptable"),
  TOLERABLE("tolerable");

  private final String id;

  ColdStartTolerance(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  public static ColdStartTolerance parse(String text) {
    return Choices.parse("cold_starts", text, values(), ColdStartTolerance::id);
  }
}
