package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Scalar;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Sequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads list-valued properties whatever form they take in the template. */
final class Values {

  private Values() {}

  /**
   * The items of a list: a YAML/JSON sequence, or a comma-separated parameter default ({@code
   * CommaDelimitedList}, {@code List<...>}). Empty when the value is computed at deploy time. Items
   * that are themselves intrinsics are kept as nodes; see {@link #texts}.
   */
  static Optional<List<TemplateNode>> items(Template template, TemplateNode node) {
    return template
        .resolve(node)
        .flatMap(
            resolved ->
                switch (resolved.node()) {
                  case Sequence sequence -> Optional.of(sequence.items());
                  case Scalar scalar when !scalar.text().isBlank() ->
                      Optional.of(
                          Arrays.stream(scalar.text().split(","))
                              .map(String::strip)
                              .<TemplateNode>map(
                                  t -> new Scalar(t, Scalar.Kind.STRING, scalar.line()))
                              .toList());
                  default -> Optional.empty();
                });
  }

  /** The literal strings among a list's items (intrinsics that resolve to a default included). */
  static List<String> texts(Template template, List<TemplateNode> items) {
    List<String> texts = new ArrayList<>();
    for (TemplateNode item : items) {
      template.text(item).ifPresent(texts::add);
    }
    return texts;
  }
}
