package dev.lmiadvisor.tools.assessment;

import dev.lmiadvisor.tools.sizing.Choices;

/** Whether the workload must run on instances dedicated to the account. */
public enum Isolation {
  DEDICATED_INSTANCES("dedicated_instances"),
  SHARED_OK("shared_ok");

  private final String id;

  Isolation(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  public static Isolation parse(String text) {
    return Choices.parse("isolation", text, values(), Isolation::id);
  }
}
