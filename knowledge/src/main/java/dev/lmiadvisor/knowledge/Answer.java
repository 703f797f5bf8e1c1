package dev.lmiadvisor.knowledge;

import java.util.List;

/**
 * An answer drawn from exactly one reference.
 *
 * @param route how the question was routed
 * @param language the language the passages are written in
 * @param title the reference's title in that language
 * @param passages the units that answer it, best first, all from {@code route.reference()}; none
 *     when the question is off topic
 * @param mustMention facts an answer of this kind must carry
 * @param suggestedCalls calculator calls built from the numbers in the question
 * @param sources the public sources behind the passages, when the question asks for them
 * @param corrections corrections of older guidance that apply to the question
 * @param message what to tell the person when there is nothing to answer from, otherwise null
 */
public record Answer(
    Route route,
    Language language,
    String title,
    List<Passage> passages,
    List<String> mustMention,
    List<SuggestedCall> suggestedCalls,
    List<String> sources,
    List<String> corrections,
    String message) {

  public Answer {
    passages = List.copyOf(passages);
    mustMention = List.copyOf(mustMention);
    suggestedCalls = List.copyOf(suggestedCalls);
    sources = List.copyOf(sources);
    corrections = List.copyOf(corrections);
  }
}
