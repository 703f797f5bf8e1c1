package dev.lmiadvisor.errors;

import java.util.Optional;

/**
 * A problem the caller can fix: an unknown Region, a value out of range, a section that does not
 * exist. Its message reaches the person as it is written, so it says what to change ({@code unknown
 * region 'us-east-9'; did you mean us-east-1?}) and never carries internals.
 *
 * <p>Only this type reaches a person. Every other exception a tool throws, a plain {@link
 * IllegalArgumentException} from a library included, is a fault of the product: the person sees
 * only a correlation id, and the detail goes to the log. It extends {@code
 * IllegalArgumentException} so that code which already handles bad arguments (a parser that turns
 * them into a denial) keeps handling these.
 */
public final class UserInputException extends IllegalArgumentException {

  private final String argument;

  /**
   * @param message what is wrong and what to do instead, in words a person acts on
   */
  public UserInputException(String message) {
    this(message, null);
  }

  /**
   * @param message what is wrong and what to do instead
   * @param argument the tool argument at fault (snake_case, as in the tool's input schema), so that
   *     a front end can name it its own way (a command line option, a Slack {@code name=value})
   */
  public UserInputException(String message, String argument) {
    super(message);
    this.argument = argument;
  }

  /** The tool argument at fault, when one is. */
  public Optional<String> argument() {
    return Optional.ofNullable(argument);
  }
}
