package dev.lmiadvisor.tools.live;

import java.util.Optional;

/**
 * What one AWS call gave back: the response, or why there is none. Callers go on with the rest of
 * the report whatever the outcome; only the response is needed to read further.
 */
public sealed interface CallResult<T> {

  CallRecord record();

  /** The response, when AWS answered. */
  default Optional<T> value() {
    return this instanceof Answered<T> answered
        ? Optional.of(answered.response())
        : Optional.empty();
  }

  default boolean notFound() {
    return record().outcome() == CallOutcome.NOT_FOUND;
  }

  /** AWS answered. */
  record Answered<T>(T response, CallRecord record) implements CallResult<T> {}

  /**
   * No answer: refused, not found, throttled, failed or skipped (see {@link CallRecord#outcome}).
   */
  record Unanswered<T>(CallRecord record) implements CallResult<T> {}
}
