package dev.lmiadvisor.tools.review.code.handler;

import dev.lmiadvisor.tools.review.code.ThreadSafetyRule;
import java.util.OptionalInt;

/**
 * State that every request of an execution environment sees: a module-level variable or collection,
 * a static field, a field of the one handler object.
 *
 * @param name as written in the code
 * @param description how a message names it: {@code Module-level variable}, {@code Static field},
 *     {@code Property}
 * @param kind what a request does to it that is a hazard
 * @param declaredLine 1-based line of its declaration
 * @param changedAt offset of the first such change in code that runs per request, if any
 */
public record SharedState(
    String name, String description, Kind kind, int declaredLine, OptionalInt changedAt) {

  /** What a request does to shared state, and the rule that reports it. */
  public enum Kind {
    /** A value that requests overwrite: another request can read it before it is used. */
    VALUE(ThreadSafetyRule.SHARED_STATE_WRITE),
    /** A collection that requests add to: it is shared between them and grows without end. */
    COLLECTION(ThreadSafetyRule.MODULE_COLLECTION);

    private final ThreadSafetyRule rule;

    Kind(ThreadSafetyRule rule) {
      this.rule = rule;
    }

    public ThreadSafetyRule rule() {
      return rule;
    }
  }
}
