package dev.lmiadvisor.tools.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The golden expectations of a review corpus: {@code expected.tsv} lists, per sample file, every
 * finding as tab-separated columns after the file name; a row of {@code -} says the file has none.
 * Lines starting with {@code #} are comments.
 */
public final class ExpectedFindings {

  private ExpectedFindings() {}

  /** The corpus directory under test resources, e.g. {@code review/templates}. */
  public static Path directory(String resource) {
    try {
      return Path.of(ExpectedFindings.class.getClassLoader().getResource(resource).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException(resource + " is not on the test classpath", e);
    }
  }

  /** File name (relative to the directory) → the sorted rows expected for it. */
  public static Map<String, List<String>> read(Path directory) {
    Map<String, List<String>> expected = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(directory.resolve("expected.tsv"))) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String file = line.substring(0, tab);
        String row = line.substring(tab + 1);
        List<String> rows = expected.computeIfAbsent(file, f -> new ArrayList<>());
        if (!row.startsWith("-")) {
          rows.add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    expected.values().forEach(rows -> rows.sort(null));
    return expected;
  }

  /** Every sample file of the corpus, relative to its directory. */
  public static List<String> samples(Path directory) {
    try (var files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> directory.relativize(p).toString().replace('\\', '/'))
          .filter(name -> !name.equals("expected.tsv"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule ids that no expected finding of the corpus names (the first column of a row). */
  public static Set<String> unexercised(
      Map<String, List<String>> expected, Stream<String> ruleIds) {
    Set<String> exercised =
        expected.values().stream()
            .flatMap(List::stream)
            .map(row -> row.split("\t")[0])
            .collect(Collectors.toSet());
    return ruleIds.filter(id -> !exercised.contains(id)).collect(Collectors.toSet());
  }
}
