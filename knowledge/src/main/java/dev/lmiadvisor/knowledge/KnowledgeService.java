package dev.lmiadvisor.knowledge;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.knowledge.model.KnowledgeModels;
import dev.lmiadvisor.knowledge.model.LinearModel;
import dev.lmiadvisor.knowledge.passage.PassageRanker;
import dev.lmiadvisor.knowledge.passage.PassageUnit;
import dev.lmiadvisor.knowledge.passage.UnitIndex;
import dev.lmiadvisor.knowledge.text.Analyzers;
import dev.lmiadvisor.knowledge.text.QuestionFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
  private final KnowledgeModels models;
  private final QuestionRouter router;
  private final UnitIndex index;
  private final PassageRanker ranker;

  private KnowledgeService(ReferenceLibrary library, KnowledgeModels models) {
    if (!models.referencesFingerprint().equals(library.fingerprint())) {
      throw new IllegalStateException(
          "the shipped models were trained on other reference text; rebuild the knowledge module");
    }
    this.library = library;
    this.models = models;
    this.index = new UnitIndex(library, new Analyzers());
    this.router = new QuestionRouter(models.router(), models.topic(), index, models.blend());
    this.ranker = new PassageRanker(index, models.ranker(), models.answered());
  }

  /** Loads the references, the prebuilt passage index and the learnt models; call it once. */
  public static KnowledgeService load() {
    return new KnowledgeService(ReferenceLibrary.load(), KnowledgeModels.load());
  }

  public ReferenceLibrary library() {
    return library;
  }

  /** The fingerprint of the models in use: the bank, references and training they came from. */
  public String modelFingerprint() {
    return models.fingerprint();
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
    QuestionRouter.Routing routing = router.routing(checked);
    Route route = routing.route();
    Language language = route.language().referenceLanguage();
    Reference reference = library.get(route.reference(), language);
    if (!route.onTopic()) {
      return new Answer(
          route,
          language,
          reference.title(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          OffTopic.message(route.language()));
    }
    String asked = routing.asked();
    List<SuggestedCall> calls = SuggestedCalls.forQuestion(asked);
    List<PassageRanker.Ranked> ranked =
        ranker.rank(
            asked,
            routing.analysis().terms(),
            language,
            route.reference(),
            sectionProbabilities(route, routing.analysis()));
    List<Passage> passages = new ArrayList<>();
    for (PassageRanker.Ranked r : ranked.subList(0, Math.min(maxPassages, ranked.size()))) {
      PassageUnit unit = r.unit();
      passages.add(
          new Passage(
              unit.sectionId(),
              unit.heading(),
              WorkedExamples.note(unit.sectionId(), calls, language) + unit.text()));
    }
    List<String> mustMention =
        MustMention.forAnswer(route.reference(), checked).stream()
            .map(fact -> fact.text(language))
            .toList();
    return new Answer(
        route,
        language,
        reference.title(),
        passages,
        mustMention,
        calls,
        ReferenceNotes.sources(asked, reference, passages),
        ReferenceNotes.corrections(asked, language, route.reference(), index),
        null);
  }

  /** The text of every passage unit of a reference in a language, in document order. */
  public List<String> passages(ReferenceId reference, Language language) {
    return index.units(reference, language).stream().map(PassageUnit::text).toList();
  }

  /** The section model's probability of each section of the routed reference. */
  private Map<String, Double> sectionProbabilities(
      Route route, QuestionFeatures.Analysis analysis) {
    LinearModel sections = models.sections().get(route.reference());
    return sections == null ? Map.of() : sections.probabilitiesByLabel(analysis.features());
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
