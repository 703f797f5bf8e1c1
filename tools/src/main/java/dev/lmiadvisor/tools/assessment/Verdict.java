package dev.lmiadvisor.tools.assessment;

/** assess_workload's answer. */
public enum Verdict {
  LMI_STRONG_FIT("lmi_strong_fit"),
  LMI_POSSIBLE("lmi_possible"),
  STANDARD_LAMBDA("standard_lambda");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Whether LMI is recommended, strongly or as worth a cost comparison. */
  public boolean recommendsLmi() {
    return this != STANDARD_LAMBDA;
  }

  @Override
  public String toString() {
    return id;
  }
}
