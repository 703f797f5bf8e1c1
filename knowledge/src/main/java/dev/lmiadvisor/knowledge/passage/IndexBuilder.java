package dev.lmiadvisor.knowledge.passage;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.ReferenceLibrary;
import dev.lmiadvisor.knowledge.text.Analyzers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes the passage indexes into the build output at package time (the knowledge module's pom runs
 * it in {@code process-classes}), with the fingerprint of the references they index.
 *
 * <p>Usage: {@code IndexBuilder <classes-folder>}
 */
public final class IndexBuilder {

  private IndexBuilder() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]).resolve(PrebuiltIndex.FOLDER);
    if (Files.exists(root)) {
      try (Stream<Path> old = Files.walk(root)) {
        for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    ReferenceLibrary library = ReferenceLibrary.load();
    Analyzers analyzers = new Analyzers();
    for (Language language : UnitIndex.written()) {
      Path folder = root.resolve(language.code());
      Files.createDirectories(folder);
      try (FSDirectory directory = FSDirectory.open(folder)) {
        UnitIndex.write(library, analyzers, language, directory);
      }
      Files.deleteIfExists(folder.resolve("write.lock"));
      List<String> listing = new ArrayList<>();
      listing.add(library.fingerprint());
      try (Stream<Path> files = Files.list(folder)) {
        files.map(f -> f.getFileName().toString()).sorted().forEach(listing::add);
      }
      Files.write(folder.resolve(PrebuiltIndex.LISTING), listing, StandardCharsets.UTF_8);
    }
  }
}
