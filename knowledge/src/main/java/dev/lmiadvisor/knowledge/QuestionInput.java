package dev.lmiadvisor.knowledge;

import dev.lmiadvisor.errors.UserInputException;

/**
 * Checks a question before it reaches the router, so that a person gets a message that says what to
 * change instead of a routed answer to junk.
 */
public final class QuestionInput {

  /** Longer than any real question; long enough for a pasted error message with context. */
  public static final int MAX_LENGTH = 4000;

  private QuestionInput() {}

  /**
   * Returns the question stripped of surrounding white space.
   *
   * @throws UserInputException with an actionable message when the question is empty, too long or
   *     not readable text
   */
  public static String check(String question) {
    if (question == null || question.isBlank()) {
      throw new UserInputException(
          "question is empty; ask about LMI cost, configuration, thread safety, migration,"
              + " infrastructure or troubleshooting");
    }
    String stripped = question.strip();
    if (stripped.length() > MAX_LENGTH) {
      throw new UserInputException(
          "question is %,d characters; the limit is %,d. Ask the question itself and quote only the relevant lines"
              .formatted(stripped.length(), MAX_LENGTH));
    }
    int letters = 0;
    int control = 0;
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
      } else if (Character.isISOControl(cp) && !Character.isWhitespace(cp)
          || cp == 0xFFFD
          || Character.getType(cp) == Character.PRIVATE_USE
          || Character.getType(cp) == Character.SURROGATE) {
        control++;
      }
    }
    if (control > 0 || letters < 2) {
      throw new UserInputException(
          "question is not readable text (%d control or invalid characters, %d letters); send plain text in English, Chinese or Vietnamese"
              .formatted(control, letters));
    }
    return stripped;
  }
}
