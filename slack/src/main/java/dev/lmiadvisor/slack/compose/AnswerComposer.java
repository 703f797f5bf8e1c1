package dev.lmiadvisor.slack.compose;

import dev.lmiadvisor.slack.render.AnswerView;

/**
 * Writes a reply to a question from one routed reference's passages and must-mention facts, and
 * from nothing else. Optional: without it every answer is the deterministic one.
 */
@FunctionalInterface
public interface AnswerComposer {

  /**
   * @return the reply, in Markdown, naming the reference it comes from
   * @throws RuntimeException when the model cannot answer; the caller falls back to the passages
   */
  String compose(String question, AnswerView answer);
}
