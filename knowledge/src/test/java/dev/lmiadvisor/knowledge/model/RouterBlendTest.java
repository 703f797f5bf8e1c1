package dev.lmiadvisor.knowledge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RouterBlendTest {

  /** The two-class model's view: off topic first. */
  private static final double[] TOPIC_SAYS_UNSURE = {0.55, 0.45};

  /** The router's view by reference, its off-topic class last. */
  private static final double[] ROUTER_SAYS_OFF = {0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.94};

  @Test
  void theTopicShare_weighsTheTwoModelsViews() {
    assertEquals(
        0.55, RouterBlend.offTopicProbability(TOPIC_SAYS_UNSURE, ROUTER_SAYS_OFF, 1), 1e-9);
    assertEquals(
        0.94, RouterBlend.offTopicProbability(TOPIC_SAYS_UNSURE, ROUTER_SAYS_OFF, 0), 1e-9);
    assertEquals(
        0.3 * 0.55 + 0.7 * 0.94,
        RouterBlend.offTopicProbability(TOPIC_SAYS_UNSURE, ROUTER_SAYS_OFF, 0.3),
        1e-9);
  }

  @Test
  void aQuestionIsOffTopic_onlyAboveTheThreshold() {
    // Mixed 0.3 / 0.7 the probability is 0.823: above 0.8, not above 0.85.
    assertTrue(new RouterBlend(0, 1, 0.80f, 0.3f).offTopic(TOPIC_SAYS_UNSURE, ROUTER_SAYS_OFF));
    assertFalse(new RouterBlend(0, 1, 0.85f, 0.3f).offTopic(TOPIC_SAYS_UNSURE, ROUTER_SAYS_OFF));
  }
}
