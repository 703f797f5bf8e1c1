package dev.lmiadvisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The six references in every language they are written in, loaded from the classpath ({@code
 * references/<language>/<id>.md}).
 */
public final class ReferenceLibrary {

  private final Map<Language, Map<ReferenceId, Reference>> byLanguage;

  private ReferenceLibrary(Map<Language, Map<ReferenceId, Reference>> byLanguage) {
    this.byLanguage = byLanguage;
  }

  /** Loads every reference shipped in this module. Fails if one is missing or malformed. */
  public static ReferenceLibrary load() {
    Map<Language, Map<ReferenceId, Reference>> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      if (!language.hasReferenceText()) {
        continue;
      }
      Map<ReferenceId, Reference> references = new EnumMap<>(ReferenceId.class);
      for (ReferenceId id : ReferenceId.values()) {
        references.put(id, MarkdownReferenceParser.parse(id, language, read(language, id)));
      }
      all.put(language, references);
    }
    return new ReferenceLibrary(all);
  }

  private static String read(Language language, ReferenceId id) {
    String path = "references/%s/%s.md".formatted(language.code(), id.id());
    try (InputStream in = ReferenceLibrary.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("reference missing from the classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * The reference in the given language, or in English where that language has no reference text.
   */
  public Reference get(ReferenceId id, Language language) {
    return byLanguage.get(language.referenceLanguage()).get(id);
  }

  /**
   * SHA-256 over every reference's text in load order: names the exact content an index was built
   * from.
   */
  public String fingerprint() {
    try {
      var digest = java.security.MessageDigest.getInstance("SHA-256");
      for (Reference reference : all()) {
        digest.update(reference.markdown().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /** Every loaded reference, all languages. */
  public List<Reference> all() {
    return byLanguage.values().stream().flatMap(m -> m.values().stream()).toList();
  }
}
