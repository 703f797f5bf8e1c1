package dev.lmiadvisor.tools.review.config.template;

/** A template that is not valid YAML or JSON, with the 1-based line and column of the problem. */
public final class TemplateSyntaxException extends Exception {

  private final int line;
  private final int column;

  public TemplateSyntaxException(String problem, int line, int column) {
    super(problem);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
