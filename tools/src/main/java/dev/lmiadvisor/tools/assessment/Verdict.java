package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.vocabulary.Choice;

/** assess_workload's answer. */
public enum Verdict implements Choice {
  LMI_STRONG_FIT,
  LMI_POSSIBLE,
  STANDARD_LAMBDA;

  /** Whether LMI is recommended, strongly or as worth a cost comparison. */
  public boolean recommendsLmi() {
    return this != STANDARD_LAMBDA;
  }

  @Override
  public String toString() {
    return id();
  }
}
