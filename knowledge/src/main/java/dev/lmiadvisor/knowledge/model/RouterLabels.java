package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.ReferenceId;
import java.util.List;

/**
 * The router learns one label per section ({@code reference#section}) and one for off-topic
 * questions: sections are narrower topics than references, which a linear model separates better
 * (on the dev split, two to three points of routing accuracy). A reference's probability is the sum
 * of its sections'.
 */
public final class RouterLabels {

  /** Index of the off-topic class in a {@link #byReference} array, after the six references. */
  public static final int OFF_TOPIC = ReferenceId.values().length;

  private RouterLabels() {}

  public static String of(BankQuestion q) {
    if (!q.onTopic()) {
      return BankQuestion.OFF_TOPIC;
    }
    return q.reference() + "#" + (q.section() == null ? "" : q.section());
  }

  /** The reference a router label belongs to, or null for off-topic. */
  public static ReferenceId reference(String label) {
    int hash = label.indexOf('#');
    return hash < 0 ? null : ReferenceId.fromId(label.substring(0, hash)).orElseThrow();
  }

  /** The reference of each label, in the labels' order (null for off-topic). */
  public static ReferenceId[] references(List<String> labels) {
    return labels.stream().map(RouterLabels::reference).toArray(ReferenceId[]::new);
  }

  /** Probabilities by reference, in {@link ReferenceId} order, off-topic last. */
  public static double[] byReference(List<String> labels, double[] probabilities) {
    return byReference(references(labels), probabilities);
  }

  /**
   * Probabilities by reference, with each label's reference looked up once beforehand ({@link
   * #references}): the router does this on every question.
   */
  public static double[] byReference(ReferenceId[] referenceOfLabel, double[] probabilities) {
    double[] out = new double[OFF_TOPIC + 1];
    for (int i = 0; i < probabilities.length; i++) {
      ReferenceId id = referenceOfLabel[i];
      out[id == null ? OFF_TOPIC : id.ordinal()] += probabilities[i];
    }
    return out;
  }
}
