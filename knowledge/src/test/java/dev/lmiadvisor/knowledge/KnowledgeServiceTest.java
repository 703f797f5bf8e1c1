package dev.lmiadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeServiceTest {

  private final KnowledgeService knowledge = SharedKnowledge.SERVICE;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Is LMI cheaper than standard Lambda at 300 million requests a month? | cost-comparison",
        "Which instance family and memory-to-vCPU ratio should a CPU-bound Java service use? | configuration-guide",
        "Is a static SimpleDateFormat in my handler a race condition under multi-concurrency? | thread-safety",
        "Show me the before and after code for moving a Python handler to LMI | migration-patterns",
        "What trust policy does the capacity provider operator role need? | infrastructure-setup",
        "Our capacity provider has been stuck in Pending for an hour, why? | troubleshooting",
        "LMI 的管理费是怎么计算的？ | cost-comparison",
        "容量提供商一直卡在 Pending 状态怎么办？ | troubleshooting",
        "Chi phí của LMI so với Lambda thông thường thế nào? | cost-comparison",
      })
  void route_sendsEachNeedToItsReference(String question, String expected) {
    Route route = knowledge.route(question);
    assertEquals(expected, route.reference().id());
    assertTrue(route.confidence() > 0 && route.confidence() <= 1, "confidence in (0,1]");
    assertFalse(route.reason().isBlank());
  }

  @Test
  void answer_takesEveryPassageFromTheRoutedReferenceOnly() {
    Answer answer =
        knowledge.answer(
            "How do the IAM roles and the VPC endpoints cost us money compared with a NAT gateway?",
            10);
    Reference routed = knowledge.library().get(answer.route().reference(), answer.language());
    for (Passage passage : answer.passages()) {
      assertTrue(
          routed.section(passage.section()).isPresent(),
          passage.section() + " is not a section of " + routed.id());
      assertEquals(routed.section(passage.section()).orElseThrow().text(), passage.text());
    }
    assertEquals(10, answer.passages().size());
  }

  @Test
  void answer_inChinese_servesTheChineseText() {
    Answer answer = knowledge.answer("如何为 Java 函数配置线程安全的数据库连接池？", 2);
    assertEquals(Language.ZH, answer.language());
    assertTrue(
        answer.passages().stream()
            .anyMatch(
                p ->
                    p.text()
                        .codePoints()
                        .anyMatch(
                            c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)));
  }

  @Test
  void answer_inVietnamese_fallsBackToEnglishText() {
    Answer answer = knowledge.answer("Làm sao tính chi phí khi dùng Savings Plans cho LMI?", 3);
    assertEquals(Language.VI, answer.route().language());
    assertEquals(Language.EN, answer.language());
    assertEquals(ReferenceId.COST_COMPARISON, answer.route().reference());
    assertEquals(3, answer.passages().size());
  }

  @Test
  void costAnswer_mustMentionThePricingComponents() {
    Answer answer = knowledge.answer("What does LMI cost per month for 100 million requests?", 3);
    assertTrue(answer.mustMention().contains(MustMention.PRICING_COMPONENTS.text(Language.EN)));
  }

  @Test
  void diagnosis_mustMentionTheQuickFacts() {
    Answer answer = knowledge.answer("Why does my function keep returning 429 throttles?", 3);
    assertEquals(ReferenceId.TROUBLESHOOTING, answer.route().reference());
    for (MustMention fact : MustMention.QUICK_FACTS) {
      assertTrue(answer.mustMention().contains(fact.text(Language.EN)), fact.name());
    }
    assertTrue(answer.mustMention().contains(MustMention.SCALING_BEHAVIOUR.text(Language.EN)));
  }

  @Test
  void recommendation_mustMentionThreeExecutionEnvironments() {
    Answer answer = knowledge.answer("Should we migrate our order API to LMI?", 3);
    assertTrue(
        answer.mustMention().contains(MustMention.MINIMUM_THREE_ENVIRONMENTS.text(Language.EN)));
  }

  @Test
  void mustMention_neverRepeatsTheSeedsOutdatedStateName() {
    for (MustMention fact : MustMention.values()) {
      String text = fact.text(Language.EN);
      assertFalse(text.contains("stuck in CREATING"), fact.name());
      assertTrue(text.contains("as of 20"), fact.name() + " carries an as-of date");
    }
  }

  @Test
  void read_returnsOneSectionInTheAskedLanguage() {
    Reference zh = knowledge.library().get(ReferenceId.TROUBLESHOOTING, Language.ZH);
    String firstSection = zh.sections().get(0).id();
    Reference section = knowledge.read("Troubleshooting", firstSection, "zh");
    assertEquals(List.of(firstSection), section.sectionIds());
    assertEquals(Language.ZH, section.language());
  }

  @Test
  void read_unknownReference_namesTheValidIds() {
    var error =
        assertThrows(IllegalArgumentException.class, () -> knowledge.read("costs", null, null));
    assertTrue(error.getMessage().contains("cost-comparison"), error.getMessage());
  }

  @Test
  void read_unknownSection_listsTheSections() {
    var error =
        assertThrows(
            IllegalArgumentException.class, () -> knowledge.read("cost-comparison", "nope", "en"));
    assertTrue(error.getMessage().contains("sources"), error.getMessage());
  }

  @Test
  void answer_refusesPassageCountsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> knowledge.answer("What does LMI cost?", 0));
    assertThrows(IllegalArgumentException.class, () -> knowledge.answer("What does LMI cost?", 11));
  }
}
