package dev.lmiadvisor.knowledge.model;

import dev.lmiadvisor.knowledge.text.FeatureVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where off topic begins ({@link RouterBlend#offTopicAbove}) and how the two-class model's view is
 * mixed with the router's ({@link RouterBlend#topicShare}), both chosen on the dev split.
 *
 * @param threshold the off-topic probability above which a question is off topic
 * @param topicShare the two-class model's share of that probability
 * @param caught how many off-topic dev questions the cut catches
 */
record OffTopicCut(float threshold, float topicShare, int caught) {

  /** Topic shares tried, the plain mean first: a share must catch more to be chosen over it. */
  private static final float[] TOPIC_SHARES = {0.5f, 0.3f, 0.4f, 0.6f, 0.7f};

  /**
   * The off-topic cut that catches the most off-topic dev questions while turning away at most 1 %
   * of the LMI ones, the bound on that error: for each topic share, the lowest threshold
   * within that bound.
   */
  static OffTopicCut chosenOn(LinearModel router, LinearModel topic, List<BankQuestion> dev) {
    List<double[]> topics = new ArrayList<>();
    List<double[]> routers = new ArrayList<>();
    for (BankQuestion q : dev) {
      FeatureVector x = ModelBuilder.features(q);
      topics.add(topic.probabilities(x));
      routers.add(RouterLabels.byReference(router.labels(), router.probabilities(x)));
    }
    OffTopicCut best = null;
    for (float share : TOPIC_SHARES) {
      List<Double> p = new ArrayList<>();
      for (int i = 0; i < dev.size(); i++) {
        p.add(RouterBlend.offTopicProbability(topics.get(i), routers.get(i), share));
      }
      OffTopicCut cut = lowestThreshold(p, dev, share);
      if (best == null || cut.caught() > best.caught()) {
        best = cut;
      }
    }
    return best;
  }

  private static OffTopicCut lowestThreshold(List<Double> p, List<BankQuestion> dev, float share) {
    long onTopic = dev.stream().filter(BankQuestion::onTopic).count();
    for (float t = 0.05f; t < 0.99f; t += 0.005f) {
      int wronglyFlagged = 0;
      int caught = 0;
      for (int i = 0; i < dev.size(); i++) {
        boolean flagged = p.get(i) > t;
        if (dev.get(i).onTopic() && flagged) {
          wronglyFlagged++;
        } else if (!dev.get(i).onTopic() && flagged) {
          caught++;
        }
      }
      if (wronglyFlagged <= onTopic / 100) {
        ModelBuilder.LOG.printf(
            Locale.ROOT,
            "topic share %.1f, off topic above %.3f: %d of %d off-topic dev questions caught, %d of"
                + " %d LMI ones flagged%n",
            share,
            t,
            caught,
            dev.size() - onTopic,
            wronglyFlagged,
            onTopic);
        return new OffTopicCut(t, share, caught);
      }
    }
    return new OffTopicCut(0.99f, share, 0);
  }
}
