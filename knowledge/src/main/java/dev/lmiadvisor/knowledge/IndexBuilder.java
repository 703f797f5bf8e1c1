package dev.lmiadvisor.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes the section index into the build output at package time (the knowledge module's pom runs
 * it in {@code process-classes}), with the fingerprint of the references it indexes.
 *
 * <p>Usage: {@code IndexBuilder <classes-folder>}
 */
public final class IndexBuilder {

  private IndexBuilder() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]).resolve(PrebuiltIndex.FOLDER);
    if (Files.exists(folder)) {
      try (var old = Files.list(folder)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(folder);
    ReferenceLibrary library = ReferenceLibrary.load();
    try (FSDirectory directory = FSDirectory.open(folder)) {
      SectionIndex.write(library, new Analyzers(), directory);
    }
    List<String> listing = new ArrayList<>();
    listing.add(library.fingerprint());
    try (var files = Files.list(folder)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> !n.equals("write.lock"))
          .sorted()
          .forEach(listing::add);
    }
    Files.deleteIfExists(folder.resolve("write.lock"));
    Files.write(folder.resolve(PrebuiltIndex.LISTING), listing, StandardCharsets.UTF_8);
  }
}
