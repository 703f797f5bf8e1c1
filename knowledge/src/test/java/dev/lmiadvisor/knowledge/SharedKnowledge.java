package dev.lmiadvisor.knowledge;

/** One service for all tests: building the index loads the smartcn dictionary, which is slow. */
final class SharedKnowledge {
  static final KnowledgeService SERVICE = KnowledgeService.load();

  private SharedKnowledge() {}
}
