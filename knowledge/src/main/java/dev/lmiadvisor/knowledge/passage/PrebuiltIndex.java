package dev.lmiadvisor.knowledge.passage;

import dev.lmiadvisor.knowledge.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * The passage indexes built at package time ({@link IndexBuilder}) and shipped in the jar, so that
 * the first question does not wait about a second for the Chinese text to be segmented and indexed.
 *
 * <p>{@code lmi-index/<language>/files.txt} holds, on its first line, the fingerprint of the
 * references the index was built from, then the index file names. An index built from other
 * references than the ones on the classpath is never used: the caller builds fresh ones instead.
 */
final class PrebuiltIndex {

  static final String FOLDER = "lmi-index";
  static final String LISTING = "files.txt";

  private PrebuiltIndex() {}

  static Optional<Map<Language, ByteBuffersDirectory>> load(String fingerprint) {
    Map<Language, ByteBuffersDirectory> directories = new EnumMap<>(Language.class);
    for (Language language : UnitIndex.written()) {
      Optional<ByteBuffersDirectory> directory = load(language, fingerprint);
      if (directory.isEmpty()) {
        return Optional.empty();
      }
      directories.put(language, directory.get());
    }
    return Optional.of(directories);
  }

  private static Optional<ByteBuffersDirectory> load(Language language, String fingerprint) {
    List<String> listing;
    try (InputStream in = resource(language, LISTING)) {
      if (in == null) {
        return Optional.empty();
      }
      listing = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (listing.isEmpty() || !listing.get(0).equals(fingerprint)) {
      return Optional.empty();
    }
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    for (String file : listing.subList(1, listing.size())) {
      try (InputStream in = resource(language, file);
          IndexOutput out = directory.createOutput(file, IOContext.DEFAULT)) {
        if (in == null) {
          return Optional.empty();
        }
        byte[] bytes = in.readAllBytes();
        out.writeBytes(bytes, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException("reading the prebuilt index file " + file, e);
      }
    }
    return Optional.of(directory);
  }

  private static InputStream resource(Language language, String name) {
    return PrebuiltIndex.class
        .getClassLoader()
        .getResourceAsStream(FOLDER + "/" + language.code() + "/" + name);
  }
}
