package dev.lmiadvisor.tools.assessment;

/**
 * One line of the assessment: a signal, which way it points and why.
 *
 * @param signal the input field it comes from, such as {@code traffic_pattern}
 * @param favors {@code lmi}, {@code standard_lambda} or {@code neither}
 * @param weight 0 to 2: how much it moves the verdict
 * @param decisive true when it rules LMI out on its own
 */
public record SignalFinding(
    String signal, String favors, String detail, int weight, boolean decisive) {

  static SignalFinding of(String signal, Favors favors, int weight, String detail) {
    return new SignalFinding(signal, favors.id(), detail, weight, false);
  }

  static SignalFinding decisive(String signal, String detail) {
    return new SignalFinding(signal, Favors.STANDARD_LAMBDA.id(), detail, 2, true);
  }
}
