package dev.lmiadvisor.server;

import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.tools.review.Reviewers;
import java.util.function.Supplier;

/**
 * The domain services, each built on first use: {@code tools/list} needs none of them, so a client
 * that starts the server sees its tools without waiting for an index to be built.
 */
public final class Services {

  private final Supplier<KnowledgeService> knowledge = lazily(KnowledgeService::load);

  public KnowledgeService knowledge() {
    return knowledge.get();
  }

  private final Supplier<Reviewers> reviewers = lazily(Reviewers::create);

  public Reviewers reviewers() {
    return reviewers.get();
  }

  /** Starts building the slower services in the background, so the first call finds them ready. */
  public void warmUpInBackground() {
    Thread.ofVirtual().name("warm-up").start(this::knowledge);
  }

  static <T> Supplier<T> lazily(Supplier<T> factory) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T result = value;
        if (result == null) {
          synchronized (this) {
            result = value;
            if (result == null) {
              result = factory.get();
              value = result;
            }
          }
        }
        return result;
      }
    };
  }
}
