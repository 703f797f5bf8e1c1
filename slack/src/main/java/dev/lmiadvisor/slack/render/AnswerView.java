package dev.lmiadvisor.slack.render;

import java.util.List;
import java.util.Map;

/**
 * The output of {@code answer_question} (SPEC.md): the one routed reference, its passages and the
 * facts that must be mentioned. Both the deterministic reply and the composed one are built from
 * it, and from nothing else.
 */
public record AnswerView(
    String reference,
    String title,
    String language,
    double confidence,
    List<Passage> passages,
    List<String> mustMention,
    String resourceUri) {

  public record Passage(String section, String heading, String text) {}

  public static AnswerView of(Map<String, Object> output) {
    Output o = new Output(output);
    String reference = o.text("reference");
    return new AnswerView(
        reference,
        o.get("title").map(Object::toString).orElse(reference),
        o.text("language"),
        o.number("confidence").orElse(0.0),
        o.objects("passages").stream()
            .map(
                p ->
                    new Passage(
                        p.text("section"),
                        p.get("heading").map(Object::toString).orElse(p.text("section")),
                        p.get("text").map(Object::toString).orElse("")))
            .toList(),
        o.strings("must_mention"),
        o.get("resource_uri").map(Object::toString).orElse("lmi://references/" + reference));
  }
}
