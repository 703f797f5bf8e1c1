package dev.lmiadvisor.knowledge;

import dev.lmiadvisor.errors.UserInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Routes questions to one of the six references and answers them with passages from that reference
 * only.
 *
 * <p>Errors a person can fix (empty question, unknown reference or section) are {@link
 * UserInputException}s whose message says what to change.
 */
public final class KnowledgeService {

  /** The passages an answer carries when the caller does not say. */
  public static final int DEFAULT_PASSAGES = 3;

  public static final int MAX_PASSAGES = 10;

  private final ReferenceLibrary library;
  private final SectionIndex index;
  private final QuestionRouter router;

  private KnowledgeService(ReferenceLibrary library) {
    Analyzers analyzers = new Analyzers();
    this.library = library;
    this.index = new SectionIndex(library, analyzers);
    this.router = new QuestionRouter(analyzers, index, IntentVocabulary.load());
  }

  /** Loads the references and builds the index; a few hundred milliseconds, so call it once. */
  public static KnowledgeService load() {
    return new KnowledgeService(ReferenceLibrary.load());
  }

  public ReferenceLibrary library() {
    return library;
  }

  public Route route(String question) {
    return router.route(QuestionInput.check(question));
  }

  /**
   * Answers a question from the one reference it routes to.
   *
   * @param maxPassages 1 to {@value #MAX_PASSAGES}
   */
  public Answer answer(String question, int maxPassages) {
    if (maxPassages < 1 || maxPassages > MAX_PASSAGES) {
      throw new UserInputException(
          "max_passages is %d; use a number from 1 to %d".formatted(maxPassages, MAX_PASSAGES));
    }
    String checked = QuestionInput.check(question);
    Route route = router.route(checked);
    Language language = route.language().referenceLanguage();
    Reference reference = library.get(route.reference(), language);

    Set<String> chosen = new LinkedHashSet<>();
    for (SectionIndex.Hit hit :
        index.search(language, checked, Optional.of(route.reference()), maxPassages)) {
      chosen.add(hit.sectionId());
    }
    // A question in a language the reference is not written in may share few words with it:
    // fill up with the reference's opening sections, which summarise it.
    for (Section section : reference.sections()) {
      if (chosen.size() >= maxPassages) {
        break;
      }
      if (!section.id().equals("sources")) {
        chosen.add(section.id());
      }
    }
    List<Passage> passages = new ArrayList<>();
    for (String id : chosen) {
      Section section = reference.section(id).orElseThrow();
      passages.add(new Passage(section.id(), section.heading(), section.text()));
    }
    List<String> mustMention =
        MustMention.forAnswer(route.reference(), checked).stream()
            .map(fact -> fact.text(language))
            .toList();
    return new Answer(route, language, reference.title(), passages, mustMention);
  }

  /**
   * A whole reference, or one section of it.
   *
   * @param referenceId one of the six ids
   * @param sectionId a section id, or null for the whole reference
   * @param languageCode {@code en} or {@code zh}, or null for English
   */
  public Reference read(String referenceId, String sectionId, String languageCode) {
    ReferenceId id =
        ReferenceId.fromId(referenceId)
            .orElseThrow(
                () ->
                    new UserInputException(
                        "unknown reference '%s'; use one of %s"
                            .formatted(referenceId, List.of(ReferenceId.values()))));
    Language language = Language.EN;
    if (languageCode != null && !languageCode.isBlank()) {
      language =
          Language.fromCode(languageCode)
              .filter(Language::hasReferenceText)
              .orElseThrow(
                  () ->
                      new UserInputException(
                          "unknown language '%s'; references are written in 'en' and 'zh'"
                              .formatted(languageCode)));
    }
    Reference reference = library.get(id, language);
    if (sectionId == null || sectionId.isBlank()) {
      return reference;
    }
    Section section =
        reference
            .section(sectionId.strip())
            .orElseThrow(
                () ->
                    new UserInputException(
                        "reference '%s' has no section '%s'; its sections are %s"
                            .formatted(id, sectionId, reference.sectionIds())));
    return new Reference(
        id,
        language,
        reference.title(),
        "## " + section.heading() + "\n\n" + section.text(),
        List.of(section));
  }
}
