package dev.lmiadvisor.tools.review;

import dev.lmiadvisor.tools.review.code.ThreadSafetyReviewer;
import dev.lmiadvisor.tools.review.config.ConfigurationReviewer;

/** Both reviewers, built together: they are stateless and cheap, and share one lifecycle. */
public record Reviewers(ConfigurationReviewer configuration, ThreadSafetyReviewer threadSafety) {

  public static Reviewers create() {
    return new Reviewers(new ConfigurationReviewer(), new ThreadSafetyReviewer());
  }
}
