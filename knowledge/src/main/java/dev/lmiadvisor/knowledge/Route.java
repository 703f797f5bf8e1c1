package dev.lmiadvisor.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * Where a question goes.
 *
 * @param reference the one reference that answers it
 * @param language the question's language
 * @param confidence 0 to 1: how clearly the question belongs to that reference rather than another
 * @param runnerUp the next best reference and its confidence, when any other reference scored
 * @param reason why, in one sentence a person can check
 * @param matchedPhrases the curated intent phrases the question matched, strongest first
 */
public record Route(
    ReferenceId reference,
    Language language,
    double confidence,
    Optional<RunnerUp> runnerUp,
    String reason,
    List<String> matchedPhrases) {

  public Route {
    matchedPhrases = List.copyOf(matchedPhrases);
  }

  /** The second-best reference. */
  public record RunnerUp(ReferenceId reference, double confidence) {}
}
