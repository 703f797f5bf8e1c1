package dev.lmiadvisor.tools.vocabulary;

import dev.lmiadvisor.errors.UserInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An enum whose constants a caller names by a wire id: the constant's name in lower case ({@code
 * ARM64} is {@code arm64}, {@code NON_PRODUCTION} is {@code non_production}). Tool inputs and
 * outputs carry that id, so it is part of the public contract and never changes with a rename of
 * the constant's meaning.
 */
public interface Choice {

  /** The enum constant's name (implemented by {@link Enum#name()}). */
  String name();

  /** The id callers use and tool outputs carry. */
  default String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant whose id equals {@code text} (case and surrounding blanks do not count), or an
   * error that lists the ids and names the closest ones: {@code unknown runtime 'nodjs'; did you
   * mean nodejs?; use one of: nodejs, java, dotnet, python, rust}.
   *
   * @param what the argument's name, for the message ({@code runtime}, {@code savings_plan})
   * @throws UserInputException when the text is empty or names no constant
   */
  static <E extends Enum<E> & Choice> E parse(String what, String text, Class<E> type) {
    E[] values = type.getEnumConstants();
    List<String> ids = Arrays.stream(values).map(Choice::id).toList();
    if (text == null || text.isBlank()) {
      throw new UserInputException(
          "'%s' is empty; use one of: %s".formatted(what, String.join(", ", ids)));
    }
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (E value : values) {
      if (value.id().equals(wanted)) {
        return value;
      }
    }
    throw new UserInputException(
        "unknown %s '%s'%s; use one of: %s"
            .formatted(
                what, text.trim(), Suggestions.didYouMean(wanted, ids), String.join(", ", ids)));
  }
}
