package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.text.FeatureVector;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the router: the regularisation with the best dev accuracy among a few, the softmax
 * temperature that calibrates its confidence on dev, then the shipped model on train and dev.
 */
final class RouterTraining {

  private static final double[] ROUTER_C = {8, 32, 128};

  private RouterTraining() {}

  /** The router trained on train alone (for choosing the blend on dev) and the one shipped. */
  record Fit(LinearModel trainOnly, LinearModel shipped) {}

  static Fit fit(List<BankQuestion> train, List<BankQuestion> dev, List<BankQuestion> both) {
    List<FeatureVector> trainX = train.stream().map(ModelBuilder::features).toList();
    List<String> trainY = train.stream().map(RouterLabels::of).toList();
    List<FeatureVector> devX = dev.stream().map(ModelBuilder::features).toList();
    double bestC = ROUTER_C[0];
    double bestAccuracy = -1;
    LinearModel bestModel = null;
    for (double c : ROUTER_C) {
      LinearModel model = Training.fit(trainX, trainY, c);
      double accuracy = accuracy(model, dev, devX, 1f);
      ModelBuilder.LOG.printf(
          Locale.ROOT,
          "router C=%.0f: dev accuracy %.4f (%d weights)%n",
          c,
          accuracy,
          model.size());
      if (accuracy > bestAccuracy) {
        bestAccuracy = accuracy;
        bestC = c;
        bestModel = model;
      }
    }
    float temperature = temperature(bestModel, dev, devX);
    report(bestModel.withTemperature(temperature), dev, devX);
    List<FeatureVector> allX = both.stream().map(ModelBuilder::features).toList();
    List<String> allY = both.stream().map(RouterLabels::of).toList();
    ModelBuilder.LOG.printf(Locale.ROOT, "router: C=%.0f, temperature %.2f%n", bestC, temperature);
    return new Fit(
        bestModel.withTemperature(temperature),
        Training.fit(allX, allY, bestC).withTemperature(temperature));
  }

  /** The label a question gets from the router, at reference level (off-topic included). */
  private static String predicted(LinearModel model, FeatureVector x, float temperature) {
    double[] p =
        RouterLabels.byReference(model.labels(), LinearModel.softmax(model.scores(x), temperature));
    int best = ModelBuilder.argmax(p);
    return best == RouterLabels.OFF_TOPIC
        ? BankQuestion.OFF_TOPIC
        : ReferenceId.values()[best].id();
  }

  private static double accuracy(
      LinearModel model, List<BankQuestion> dev, List<FeatureVector> xs, float temperature) {
    int right = 0;
    for (int i = 0; i < xs.size(); i++) {
      right += predicted(model, xs.get(i), temperature).equals(dev.get(i).reference()) ? 1 : 0;
    }
    return (double) right / xs.size();
  }

  /** The temperature that minimises the dev log loss of the reference-level probabilities. */
  private static float temperature(
      LinearModel model, List<BankQuestion> dev, List<FeatureVector> xs) {
    float best = 1f;
    double bestLoss = Double.MAX_VALUE;
    for (float t = 0.1f; t <= 4.0f; t += 0.05f) {
      double loss = 0;
      for (int i = 0; i < xs.size(); i++) {
        double[] p =
            RouterLabels.byReference(
                model.labels(), LinearModel.softmax(model.scores(xs.get(i)), t));
        BankQuestion q = dev.get(i);
        int label =
            q.onTopic()
                ? ReferenceId.fromId(q.reference()).orElseThrow().ordinal()
                : RouterLabels.OFF_TOPIC;
        loss -= Math.log(Math.max(p[label], 1e-9));
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        best = t;
      }
    }
    return best;
  }

  private static void report(LinearModel model, List<BankQuestion> dev, List<FeatureVector> devX) {
    Map<String, int[]> perLanguage = new HashMap<>();
    // Set to list each dev question the router gets wrong, while working on the features.
    boolean misses = System.getenv("LMI_TRAINING_MISSES") != null;
    for (int i = 0; i < dev.size(); i++) {
      BankQuestion q = dev.get(i);
      String predicted = predicted(model, devX.get(i), model.temperature());
      if (misses && !predicted.equals(q.reference())) {
        ModelBuilder.LOG.printf(
            Locale.ROOT,
            "  MISS %s -> %s [%s] %s%n",
            q.reference(),
            predicted,
            q.kind(),
            q.question());
      }
      int[] counts =
          perLanguage.computeIfAbsent(q.onTopic() ? q.language() : "off", k -> new int[2]);
      counts[0]++;
      counts[1] += predicted.equals(q.reference()) ? 1 : 0;
    }
    perLanguage.forEach(
        (language, c) ->
            ModelBuilder.LOG.printf(
                Locale.ROOT,
                "  dev %s: %d/%d = %.3f%n",
                language,
                c[1],
                c[0],
                (double) c[1] / c[0]));
  }
}
