package dev.lmiadvisor.knowledge;

import java.util.List;

/**
 * An answer drawn from exactly one reference.
 *
 * @param route how the question was routed
 * @param language the language the passages are written in
 * @param title the reference's title in that language
 * @param passages the most relevant sections, all from {@code route.reference()}
 * @param mustMention facts the seed requires an answer of this kind to carry
 */
public record Answer(
    Route route,
    Language language,
    String title,
    List<Passage> passages,
    List<String> mustMention) {

  public Answer {
    passages = List.copyOf(passages);
    mustMention = List.copyOf(mustMention);
  }
}
