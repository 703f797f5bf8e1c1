package dev.lmiadvisor.tools.review.config.template;

/**
 * Guards the conversion of a parsed document against hostile shapes: very deep nesting (which would
 * exhaust the stack) and YAML aliases that expand a small file into millions of values.
 */
final class NodeBudget {

  static final int MAX_DEPTH = 200;
  private static final int MAX_NODES = 1_000_000;

  private int nodes;

  void enter(int depth, int line) throws TemplateSyntaxException {
    if (depth > MAX_DEPTH) {
      throw new TemplateSyntaxException(
          "values are nested more than " + MAX_DEPTH + " levels deep", line, 1);
    }
    if (++nodes > MAX_NODES) {
      throw new TemplateSyntaxException(
          "the template expands to more than " + MAX_NODES + " values (check YAML aliases)",
          line,
          1);
    }
  }
}
