package dev.lmiadvisor.tools.review;

import dev.lmiadvisor.errors.UserInputException;

/** The size limit shared by both reviewers, so that one request cannot hold the server busy. */
public final class ReviewInput {

  /** About 1 MB of text: far more than any single template or handler file. */
  public static final int MAX_CHARS = 1_000_000;

  private ReviewInput() {}

  /**
   * @param what the argument's name, for the message ({@code template}, {@code code})
   * @throws UserInputException when the text is missing, blank or too long
   */
  public static String require(String what, String text) {
    if (text == null || text.isBlank()) {
      throw new UserInputException("'" + what + "' is empty; pass the whole " + what + " as text");
    }
    if (text.length() > MAX_CHARS) {
      throw new UserInputException(
          "'%s' has %,d characters; the limit is %,d. Review one file or one stack at a time."
              .formatted(what, text.length(), MAX_CHARS));
    }
    return text;
  }
}
