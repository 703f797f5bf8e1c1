package dev.lmiadvisor.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The curated words and phrases that name each reference's need, in each language, loaded from
 * {@code routing/intents.txt} (see the header of that file for its format and sources).
 */
final class IntentVocabulary {

  /** One curated entry: the phrase as written, its language, its reference and its weight. */
  record Entry(ReferenceId reference, Language language, String phrase, double weight) {}

  private static final Pattern LINE =
      Pattern.compile("^(en|zh|vi)\\s*(\\d+(?:\\.\\d+)?)?\\s*:(.*)$");

  private final List<Entry> entries;

  private IntentVocabulary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  List<Entry> entries() {
    return entries;
  }

  static IntentVocabulary load() {
    String path = "routing/intents.txt";
    try (InputStream in = IntentVocabulary.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + path);
      }
      return parse(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IntentVocabulary parse(List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    ReferenceId current = null;
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String id = line.substring(1, line.length() - 1);
        int lineNumber = number;
        current =
            ReferenceId.fromId(id)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "intents.txt line %d: unknown reference %s".formatted(lineNumber, id)));
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (current == null || !m.matches()) {
        throw new IllegalStateException(
            "intents.txt line %d: cannot read '%s'".formatted(number, raw));
      }
      Language language = Language.fromCode(m.group(1)).orElseThrow();
      double weight = m.group(2) == null ? 1.0 : Double.parseDouble(m.group(2));
      for (String phrase : m.group(3).split(",")) {
        if (!phrase.isBlank()) {
          entries.add(new Entry(current, language, phrase.strip(), weight));
        }
      }
    }
    return new IntentVocabulary(entries);
  }
}
