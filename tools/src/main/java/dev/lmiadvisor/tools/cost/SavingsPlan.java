package dev.lmiadvisor.tools.cost;

import dev.lmiadvisor.tools.vocabulary.Choice;

/**
 * Commitment scenarios. A Compute Savings Plan discounts the EC2 part of LMI and the duration part
 * of standard Lambda, never the 15% LMI management fee and never requests (cost reference, section
 * {@code commitment-discounts}).
 */
public enum SavingsPlan implements Choice {
  NONE,
  COMPUTE_1YR,
  COMPUTE_3YR;

  @Override
  public String toString() {
    return id();
  }

  public static SavingsPlan parse(String text) {
    return Choice.parse("savings_plan", text, SavingsPlan.class);
  }
}
