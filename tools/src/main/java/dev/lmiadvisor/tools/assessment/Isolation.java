package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.vocabulary.Choice;

/** Whether the workload must run on instances dedicated to the account. */
public enum Isolation implements Choice {
  DEDICATED_INSTANCES,
  SHARED_OK;

  @Override
  public String toString() {
    return id();
  }

  public static Isolation parse(String text) {
    return Choice.parse("isolation", text, Isolation.class);
  }
}
