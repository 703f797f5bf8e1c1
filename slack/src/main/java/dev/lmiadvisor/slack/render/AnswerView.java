package dev.lmiadvisor.slack.render;

import java.util.List;
import java.util.Map;

/**
 * The output of {@code answer_question} (SPEC.md): the one routed reference, its passages, the
 * facts that must be mentioned and the calculator calls for the question's own numbers, or, off
 * topic, the message saying what can be asked. Both the deterministic reply and the composed one
 * are built from it, and from nothing else.
 */
public record AnswerView(
    String reference,
    String title,
    String language,
    double confidence,
    List<Passage> passages,
    List<String> mustMention,
    String resourceUri,
    boolean onTopic,
    String message,
    List<Call> suggestedCalls) {

  public record Passage(String section, String heading, String text) {}

  /** A calculator call the answer suggests, with its arguments as Slack shows them. */
  public record Call(String tool, String arguments) {}

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
        o.get("resource_uri").map(Object::toString).orElse("lmi://references/" + reference),
        o.get("on_topic").map(v -> !Boolean.FALSE.equals(v)).orElse(true),
        o.get("message").map(Object::toString).orElse(null),
        o.objects("suggested_calls").stream()
            .map(c -> new Call(c.text("tool"), c.get("arguments").map(Output::format).orElse("")))
            .toList());
  }
}
