package dev.lmiadvisor.tools.review.code.text;

/**
 * A function, method or lambda found in source code.
 *
 * @param name its name, or the variable it is assigned to; empty for anonymous functions
 * @param headerStart offset where the declaration starts
 * @param parameters the text between the parentheses (code view)
 * @param bodyStart first offset of the body
 * @param bodyEnd offset just after the body
 * @param async whether it is declared {@code async}
 */
public record FunctionSpan(
    String name, int headerStart, String parameters, int bodyStart, int bodyEnd, boolean async) {

  public boolean contains(int offset) {
    return offset >= bodyStart && offset < bodyEnd;
  }

  public Regions.Range body() {
    return new Regions.Range(bodyStart, bodyEnd);
  }
}
