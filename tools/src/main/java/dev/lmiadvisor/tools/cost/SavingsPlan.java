package dev.lmiadvisor.tools.cost;

import dev.lmiadvisor.tools.sizing.Choices;

/**
 * Commitment scenarios. A Compute Savings Plan discounts the EC2 part of LMI and the duration part
 * of standard Lambda, never the 15% LMI management fee and never requests (cost reference, section
 * {@code commitment-discounts}).
 */
public enum SavingsPlan {
  NONE("none"),
  COMPUTE_1YR("compute_1yr"),
  COMPUTE_3YR("compute_3yr");

  private final String id;

  SavingsPlan(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  public static SavingsPlan parse(String text) {
    return Choices.parse("savings_plan", text, values(), SavingsPlan::id);
  }
}
