package dev.lmiadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Why are my instances replaced?" is answered from the section that says what AWS documents. */
class InstanceLifecycleAnswerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Why are my LMI instances terminated and replaced every couple of weeks?",
        "为什么我的 LMI 实例每隔一两周就被终止并替换？"
      })
  void replacementQuestions_startWithTheLifecycleSection(String question) {
    Answer answer = SharedKnowledge.SERVICE.answer(question, 3);
    assertEquals(
        ReferenceId.TROUBLESHOOTING.id(), answer.route().reference().id(), answer.toString());
    assertEquals("instance-lifecycle", answer.passages().getFirst().section(), answer.toString());
  }
}
