package dev.lmiadvisor.knowledge;

import java.util.Locale;
import java.util.Optional;

/**
 * Languages the router tells apart. References are written in English and Simplified Chinese;
 * questions in any other language are answered from the English text.
 */
public enum Language {
  EN("en"),
  ZH("zh"),
  VI("vi"),
  /** Recognised so that Japanese is not taken for Chinese; answered from the English text. */
  JA("ja"),
  KO("ko"),
  /** Any other script ("und", undetermined, in ISO 639-2). */
  OTHER("und");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** ISO 639-1 code used in tool fields. */
  public String code() {
    return code;
  }

  /**
   * Whether the references are written in this language (otherwise answers fall back to English).
   */
  public boolean hasReferenceText() {
    return this == EN || this == ZH;
  }

  /** The language reference text is served in for a question in this language. */
  public Language referenceLanguage() {
    return hasReferenceText() ? this : EN;
  }

  public static Optional<Language> fromCode(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(wanted)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
