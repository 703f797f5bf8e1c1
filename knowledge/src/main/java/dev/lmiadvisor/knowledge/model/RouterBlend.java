package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.ReferenceId;
import java.util.Map;

/**
 * How the router's model and the references' own wording are combined: the score of a reference is
 * its log-probability under the model plus {@code weight} times its best BM25 passage score divided
 * by the best reference's, and the scores become probabilities with a softmax at {@code
 * temperature}, scaled by the model's probability that the question is on topic. Both numbers are
 * chosen on the dev split at build time.
 *
 * @param weight how much the BM25 evidence counts against the model's log-probability
 * @param temperature the softmax temperature that calibrates the blended scores
 * @param offTopicAbove the off-topic probability ({@link #offTopicProbability}) above which a
 *     question is off topic
 * @param topicShare how much the two-class on-topic model counts in that probability against the
 *     router's off-topic class
 */
public record RouterBlend(float weight, float temperature, float offTopicAbove, float topicShare) {

  /**
   * How likely a question is off topic: a weighted mean of the two-class model's view and the
   * router's (its off-topic class against every section). Each catches off-topic questions the
   * other misses; on the dev split a mix caught more than either alone at the same rate of LMI
   * questions turned away.
   */
  public static double offTopicProbability(double[] topic, double[] router, double topicShare) {
    return topicShare * topic[0] + (1 - topicShare) * router[RouterLabels.OFF_TOPIC];
  }

  /** Whether the question is off topic, from the two models' probabilities. */
  public boolean offTopic(double[] topic, double[] router) {
    return offTopicProbability(topic, router, topicShare) > offTopicAbove;
  }

  /**
   * Blended probabilities by reference ({@link RouterLabels#byReference} order); off-topic keeps
   * the model's probability.
   */
  public double[] probabilities(double[] model, Map<ReferenceId, Float> evidence) {
    int off = RouterLabels.OFF_TOPIC;
    float top = evidence.values().stream().max(Float::compare).orElse(0f);
    ReferenceId[] ids = ReferenceId.values();
    double[] scores = new double[ids.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < ids.length; i++) {
      double share = top > 0 ? evidence.getOrDefault(ids[i], 0f) / top : 0;
      scores[i] = Math.log(Math.max(model[i], 1e-9)) + weight * share;
      max = Math.max(max, scores[i]);
    }
    double sum = 0;
    double[] out = new double[off + 1];
    for (int i = 0; i < ids.length; i++) {
      out[i] = Math.exp((scores[i] - max) / temperature);
      sum += out[i];
    }
    double onTopic = 1 - model[off];
    for (int i = 0; i < ids.length; i++) {
      out[i] = onTopic * out[i] / sum;
    }
    out[off] = model[off];
    return out;
  }
}
