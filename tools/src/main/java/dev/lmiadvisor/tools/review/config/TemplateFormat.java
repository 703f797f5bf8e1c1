package dev.lmiadvisor.tools.review.config;

import dev.lmiadvisor.errors.UserInputException;
import java.util.Locale;
import java.util.Optional;

/** How the template text is written. */
public enum TemplateFormat {
  YAML,
  JSON;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format named by the caller, or detected: a JSON document starts with an opening brace;
   * anything else is read as YAML.
   *
   * @throws UserInputException for a name other than {@code yaml} or {@code json}
   */
  public static TemplateFormat of(Optional<String> requested, String text) {
    if (requested.isPresent() && !requested.get().isBlank()) {
      String name = requested.get().strip().toLowerCase(Locale.ROOT);
      return switch (name) {
        case "yaml", "yml" -> YAML;
        case "json" -> JSON;
        default ->
            throw new UserInputException(
                "unknown template format '" + requested.get() + "'; use yaml or json");
      };
    }
    return text.stripLeading().startsWith("{") ? JSON : YAML;
  }
}
