package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.ReferenceId;
import java.util.List;
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
 */
public record RouterBlend(float weight, float temperature) {

  /** Blended probabilities of every label; the off-topic label keeps the model's probability. */
  public double[] probabilities(
      double[] model, List<String> labels, Map<ReferenceId, Float> evidence, int offTopic) {
    float top = evidence.values().stream().max(Float::compare).orElse(0f);
    double[] scores = new double[model.length];
    for (int i = 0; i < model.length; i++) {
      if (i == offTopic) {
        continue;
      }
      double share =
          top > 0
              ? ReferenceId.fromId(labels.get(i)).map(id -> evidence.getOrDefault(id, 0f)).orElse(0f)
                  / top
              : 0;
      scores[i] = Math.log(Math.max(model[i], 1e-9)) + weight * share;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < scores.length; i++) {
      if (i != offTopic) {
        max = Math.max(max, scores[i]);
      }
    }
    double sum = 0;
    double[] out = new double[model.length];
    for (int i = 0; i < scores.length; i++) {
      if (i != offTopic) {
        out[i] = Math.exp((scores[i] - max) / temperature);
        sum += out[i];
      }
    }
    double onTopic = 1 - model[offTopic];
    for (int i = 0; i < out.length; i++) {
      out[i] = i == offTopic ? model[offTopic] : onTopic * out[i] / sum;
    }
    return out;
  }
}
