package dev.lmiadvisor.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Where a question goes.
 *
 * @param reference the one reference that answers it (the likeliest one when it is off topic)
 * @param language the question's language
 * @param confidence 0 to 1: the calibrated probability that this reference is the right one
 * @param runnerUp the next likeliest reference and its probability
 * @param reason why, in one sentence a person can check
 * @param matchedPhrases the question's words that weighed most for that reference, strongest first
 * @param onTopic false when the question is not about Lambda Managed Instances or Lambda at all
 */
public record Route(
    ReferenceId reference,
    Language language,
    double confidence,
    Optional<RunnerUp> runnerUp,
    String reason,
    List<String> matchedPhrases,
    boolean onTopic) {

  public Route {
    matchedPhrases = List.copyOf(matchedPhrases);
  }

  /** The second-likeliest reference. */
  public record RunnerUp(ReferenceId reference, double confidence) {}
}
