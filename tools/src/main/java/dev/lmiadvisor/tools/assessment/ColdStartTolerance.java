package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.vocabulary.Choice;

/** Whether cold starts hurt the function's callers. */
public enum ColdStartTolerance implements Choice {
  UNACCEPTABLE,
  TOLERABLE;

  @Override
  public String toString() {
    return id();
  }

  public static ColdStartTolerance parse(String text) {
    return Choice.parse("cold_starts", text, ColdStartTolerance.class);
  }
}
