package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.vocabulary.Choice;

/** Which way one signal points. */
public enum Favors implements Choice {
  LMI,
  STANDARD_LAMBDA,
  NEITHER;

  @Override
  public String toString() {
    return id();
  }
}
