package dev.lmiadvisor.tools.assessment;

/** Which way one signal points. */
public enum Favors {
  LMI("lmi"),
  STANDARD_LAMBDA("standard_lambda"),
  NEITHER("neither");

  private final String id;

  Favors(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
