package dev.lmiadvisor.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends a question to exactly one reference, the way the seed skill's routing table prescribes, but
 * deterministically.
 *
 * <p>Two kinds of evidence are added up per reference: the curated intent phrases the question
 * contains (in its own language, and English ones too, since engineers write API and service names
 * in English whatever language they ask in), and the best BM25 score any of the reference's
 * sections reaches for the question, scaled to 0..1 so that it breaks ties between intents rather
 * than outvoting them.
 */
public final class QuestionRouter {

  /** How much the best section match adds to a reference's intent score, at most. */
  private static final double SECTION_WEIGHT = 2.0;

  /** Where no phrase and no section matches, the most general reference answers. */
  static final ReferenceId FALLBACK = ReferenceId.CONFIGURATION_GUIDE;

  private final Analyzers analyzers;
  private final SectionIndex index;
  private final List<CompiledEntry> entries;

  /**
   * Positions in {@link #entries} by language and first analyzed term: a phrase can only match
   * where its first term occurs, so matching costs the question's length, not the vocabulary's.
   */
  private final Map<Language, Map<String, List<Integer>>> byFirstTerm =
      new EnumMap<>(Language.class);

  /** Positions of the Chinese entries, matched as substrings. */
  private final List<Integer> chineseEntries = new ArrayList<>();

  private record CompiledEntry(IntentVocabulary.Entry entry, List<String> terms, String lowered) {}

  private record Match(IntentVocabulary.Entry entry, double score) {}

  QuestionRouter(Analyzers analyzers, SectionIndex index, IntentVocabulary vocabulary) {
    this.analyzers = analyzers;
    this.index = index;
    List<CompiledEntry> compiled = new ArrayList<>();
    for (IntentVocabulary.Entry entry : vocabulary.entries()) {
      List<String> terms =
          entry.language() == Language.ZH
              ? List.of()
              : analyzers.intentTerms(entry.language(), entry.phrase());
      if (entry.language() == Language.ZH || !terms.isEmpty()) {
        compiled.add(new CompiledEntry(entry, terms, entry.phrase().toLowerCase(Locale.ROOT)));
      }
    }
    this.entries = List.copyOf(compiled);
    for (int i = 0; i < entries.size(); i++) {
      CompiledEntry entry = entries.get(i);
      if (entry.entry().language() == Language.ZH) {
        chineseEntries.add(i);
      } else {
        byFirstTerm
            .computeIfAbsent(entry.entry().language(), l -> new java.util.HashMap<>())
            .computeIfAbsent(entry.terms().get(0), t -> new ArrayList<>())
            .add(i);
      }
    }
  }

  /** The per-reference evidence behind a route, for tuning the vocabulary. */
  String explain(String question) {
    Language language = LanguageDetector.detect(question);
    StringBuilder out = new StringBuilder(language.code()).append(' ');
    for (Match match : matchIntents(question, language)) {
      out.append(match.entry().reference().id(), 0, 5)
          .append(':')
          .append(match.entry().phrase())
          .append('=')
          .append(match.score())
          .append(' ');
    }
    for (SectionIndex.Hit hit :
        index.search(language.referenceLanguage(), question, Optional.empty(), 3)) {
      out.append("| ")
          .append(hit.reference().id(), 0, 5)
          .append('#')
          .append(hit.sectionId())
          .append(' ');
    }
    return out.toString();
  }

  /** Routes a question that {@link QuestionInput#check} has accepted. */
  public Route route(String question) {
    Language language = LanguageDetector.detect(question);
    Map<ReferenceId, Double> scores = new EnumMap<>(ReferenceId.class);
    for (ReferenceId id : ReferenceId.values()) {
      scores.put(id, 0.0);
    }

    List<Match> matches = matchIntents(question, language);
    for (Match match : matches) {
      scores.merge(match.entry().reference(), match.score(), Double::sum);
    }

    List<SectionIndex.Hit> hits =
        index.search(language.referenceLanguage(), question, Optional.empty(), 40);
    Map<ReferenceId, Float> best = new EnumMap<>(ReferenceId.class);
    for (SectionIndex.Hit hit : hits) {
      best.merge(hit.reference(), hit.score(), Math::max);
    }
    float top = best.values().stream().max(Float::compare).orElse(0f);
    if (top > 0) {
      best.forEach((id, score) -> scores.merge(id, SECTION_WEIGHT * score / top, Double::sum));
    }

    List<Map.Entry<ReferenceId, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<ReferenceId, Double>comparingByValue().reversed());
    double first = ranked.get(0).getValue();
    double second = ranked.get(1).getValue();
    if (first <= 0) {
      return new Route(
          FALLBACK,
          language,
          0.0,
          Optional.empty(),
          "no LMI topic recognised in the question; the configuration guide is the general entry point",
          List.of());
    }
    ReferenceId winner = ranked.get(0).getKey();
    Optional<Route.RunnerUp> runnerUp =
        second > 0
            ? Optional.of(new Route.RunnerUp(ranked.get(1).getKey(), confidence(second, first)))
            : Optional.empty();
    List<String> phrases =
        matches.stream()
            .filter(m -> m.entry().reference() == winner)
            .sorted(Comparator.comparingDouble(Match::score).reversed())
            .map(m -> m.entry().phrase())
            .distinct()
            .toList();
    String bestSection =
        hits.stream()
            .filter(h -> h.reference() == winner)
            .findFirst()
            .map(SectionIndex.Hit::sectionId)
            .orElse(null);
    return new Route(
        winner,
        language,
        confidence(first, second),
        runnerUp,
        reason(winner, phrases, bestSection),
        phrases);
  }

  /**
   * Share of the evidence held by this reference against its closest rival, damped when the
   * evidence itself is thin (a single weak word should not look certain).
   */
  private static double confidence(double own, double rival) {
    double share = own / (own + rival);
    double strength = 1 - Math.exp(-own / 3.0);
    return Math.round(share * strength * 1000) / 1000.0;
  }

  private static String reason(ReferenceId winner, List<String> phrases, String bestSection) {
    StringBuilder reason = new StringBuilder();
    if (!phrases.isEmpty()) {
      List<String> shown = phrases.subList(0, Math.min(4, phrases.size()));
      reason
          .append("the question speaks of ")
          .append(String.join(", ", shown.stream().map(p -> "'" + p + "'").toList()));
    } else {
      reason.append("no curated phrase matched; chosen by text similarity");
    }
    if (bestSection != null) {
      reason.append("; closest section: ").append(winner.id()).append('#').append(bestSection);
    }
    return reason.toString();
  }

  /**
   * The curated phrases the question contains, each counted once. A phrase found inside a longer
   * matched phrase does not count again ("chi phí" inside "tiết kiệm chi phí"), whichever reference
   * each belongs to: the longer phrase says more precisely what is asked. Longer phrases are worth
   * more.
   */
  private List<Match> matchIntents(String question, Language language) {
    String lowered = question.toLowerCase(Locale.ROOT);
    Map<Language, List<String>> questionTerms = new EnumMap<>(Language.class);
    Set<Language> languages = new LinkedHashSet<>(List.of(language, Language.EN));
    for (Language l : languages) {
      if (l != Language.ZH) {
        questionTerms.put(l, analyzers.intentTerms(l, question));
      }
    }
    // Candidates in vocabulary order, so that which duplicate counts stays as written.
    java.util.BitSet candidates = new java.util.BitSet(entries.size());
    if (languages.contains(Language.ZH)) {
      chineseEntries.forEach(candidates::set);
    }
    questionTerms.forEach(
        (l, terms) -> {
          Map<String, List<Integer>> index = byFirstTerm.getOrDefault(l, Map.of());
          for (String term : terms) {
            index.getOrDefault(term, List.of()).forEach(candidates::set);
          }
        });
    List<Found> found = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      CompiledEntry compiled = entries.get(i);
      IntentVocabulary.Entry entry = compiled.entry();
      Found hit = find(compiled, lowered, questionTerms);
      // The same phrase may stand in two language lists ("alias" in English and Vietnamese).
      if (hit != null
          && seen.add(entry.reference() + "|terms|" + hit.key())
          && seen.add(entry.reference() + "|phrase|" + compiled.lowered())) {
        found.add(hit);
      }
    }
    List<Match> matches = new ArrayList<>();
    for (Found hit : found) {
      boolean inside = found.stream().anyMatch(other -> other != hit && other.contains(hit));
      if (!inside) {
        int length = Math.min(hit.length(), 3);
        matches.add(
            new Match(
                hit.entry().entry(), hit.entry().entry().weight() * (1 + 0.5 * (length - 1))));
      }
    }
    return matches;
  }

  /**
   * Where one phrase occurs: a span of analyzed terms in one language's token stream, or of
   * characters for Chinese.
   */
  private record Found(
      CompiledEntry entry, Language space, int start, int end, int length, String key) {
    boolean contains(Found other) {
      return space == other.space
          && start <= other.start
          && other.end <= end
          && (end - start) > (other.end - other.start);
    }
  }

  private static Found find(
      CompiledEntry compiled, String lowered, Map<Language, List<String>> questionTerms) {
    IntentVocabulary.Entry entry = compiled.entry();
    if (entry.language() == Language.ZH) {
      int at = lowered.indexOf(compiled.lowered());
      if (at < 0) {
        return null;
      }
      // Two Han characters make one typical Chinese word.
      int length = Math.max(1, compiled.lowered().length() / 2);
      return new Found(
          compiled, Language.ZH, at, at + compiled.lowered().length(), length, compiled.lowered());
    }
    List<String> terms = questionTerms.get(entry.language());
    int at = Collections.indexOfSubList(terms, compiled.terms());
    if (at < 0) {
      return null;
    }
    return new Found(
        compiled,
        entry.language(),
        at,
        at + compiled.terms().size(),
        compiled.terms().size(),
        String.join(" ", compiled.terms()));
  }
}
