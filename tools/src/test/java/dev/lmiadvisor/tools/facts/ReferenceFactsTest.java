package dev.lmiadvisor.tools.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.Reference;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.ReferenceLibrary;
import dev.lmiadvisor.knowledge.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number the six references state is accounted for in the fact table ({@code
 * facts/reference-facts.tsv}), and every one of them that a tool computes is run through that tool:
 * a reference that says one number and a tool that computes another is a bug in one of them.
 *
 * <p>Each row is {@code reference, section, number, check, note}. The check says how the number is
 * held true:
 *
 * <ul>
 *   <li>{@code tool:<key>} the tool's own value ({@link ToolFacts}) must equal it;
 *   <li>{@code given} an input of a worked example or a sample setting, not a claim;
 *   <li>{@code source} a documented number no tool computes (a version, a timeout, a share from a
 *       blog), held true by the source cited next to it and the facts changelog.
 * </ul>
 *
 * A number in a section without a row fails (in English, and in Chinese, which must state no number
 * the English section does not), and so does a row whose number the section no longer states. Run
 * with {@code -Dfacts.update=true} to append the missing rows as {@code unclassified}, then
 * classify them: an unclassified row fails too.
 */
class ReferenceFactsTest {

  private static final String TABLE = "facts/reference-facts.tsv";
  private static final ReferenceLibrary LIBRARY = ReferenceLibrary.load();
  private static final ToolFacts TOOLS = new ToolFacts();

  record Row(String reference, String section, String number, String check, String note) {
    String key() {
      return reference + "#" + section + "#" + number;
    }
  }

  static List<Row> rows() {
    try (InputStream in = ReferenceFactsTest.class.getClassLoader().getResourceAsStream(TABLE)) {
      if (in == null) {
        return List.of();
      }
      List<Row> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("reference\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        rows.add(new Row(f[0], f[1], f[2], f[3], f.length > 4 ? f[4] : ""));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Row> byKey() {
    Map<String, Row> map = new LinkedHashMap<>();
    for (Row row : rows()) {
      if (map.put(row.key(), row) != null) {
        fail("row listed twice: " + row);
      }
    }
    return map;
  }

  private static Set<String> stated(ReferenceId id, Language language, String section) {
    return LIBRARY
        .get(id, language)
        .section(section)
        .map(s -> StatedNumbers.in(s.text()))
        .orElse(Set.of());
  }

  @Test
  void everyStatedNumberHasARow() throws IOException {
    Map<String, Row> table = byKey();
    List<String> missing = new ArrayList<>();
    for (ReferenceId id : ReferenceId.values()) {
      Reference english = LIBRARY.get(id, Language.EN);
      for (Section section : english.sections()) {
        Set<String> numbers = new java.util.LinkedHashSet<>(StatedNumbers.in(section.text()));
        numbers.addAll(stated(id, Language.ZH, section.id()));
        for (String number : numbers) {
          if (!table.containsKey(id.id() + "#" + section.id() + "#" + number)) {
            missing.add(id.id() + "\t" + section.id() + "\t" + number + "\tunclassified\t");
          }
        }
      }
    }
    if (!missing.isEmpty() && Boolean.getBoolean("facts.update")) {
      Path file = Path.of("src/test/resources", TABLE);
      Files.writeString(
          file,
          (Files.exists(file)
                  ? Files.readString(file)
                  : "reference\tsection\tnumber\tcheck\tnote\n")
              + String.join("\n", missing)
              + "\n");
      return;
    }
    assertTrue(
        missing.isEmpty(),
        missing.size()
            + " stated numbers have no row in "
            + TABLE
            + ":\n"
            + String.join("\n", missing));
  }

  @Test
  void chineseStatesTheSameNumbersAsEnglish() {
    List<String> extra = new ArrayList<>();
    for (ReferenceId id : ReferenceId.values()) {
      for (Section section : LIBRARY.get(id, Language.ZH).sections()) {
        Set<String> english = stated(id, Language.EN, section.id());
        for (String number : StatedNumbers.in(section.text())) {
          if (!english.contains(number)) {
            extra.add(id.id() + "#" + section.id() + ": " + number);
          }
        }
      }
    }
    assertTrue(
        extra.isEmpty(), "numbers only the Chinese text states:\n" + String.join("\n", extra));
  }

  @Test
  void noRowOutlivesItsNumber() {
    List<String> stale = new ArrayList<>();
    for (Row row : rows()) {
      ReferenceId id =
          Stream.of(ReferenceId.values())
              .filter(r -> r.id().equals(row.reference()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("unknown reference in " + row));
      if (!stated(id, Language.EN, row.section()).contains(row.number())) {
        stale.add(row.toString());
      }
    }
    assertTrue(
        stale.isEmpty(),
        "rows whose number the section no longer states:\n" + String.join("\n", stale));
  }

  static Stream<Row> toolRows() {
    return rows().stream().filter(r -> r.check().startsWith("tool:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("toolRows")
  void theToolComputesWhatTheReferenceStates(Row row) {
    String key = row.check().substring("tool:".length());
    Optional<BigDecimal> value = TOOLS.value(key);
    assertTrue(value.isPresent(), "no tool fact named " + key + " for " + row);
    assertEquals(
        0,
        new BigDecimal(row.number()).compareTo(value.get()),
        row.reference()
            + "#"
            + row.section()
            + " states "
            + row.number()
            + " but the tool ("
            + key
            + ") computes "
            + value.get().toPlainString());
  }

  @Test
  void everyRowIsClassified() {
    List<String> wrong =
        rows().stream()
            .filter(
                r ->
                    !(r.check().startsWith("tool:")
                        || r.check().equals("given")
                        || r.check().equals("source")))
            .map(Row::toString)
            .toList();
    assertTrue(
        wrong.isEmpty(),
        wrong.size()
            + " rows need a check (tool:<key>, given or source):\n"
            + String.join("\n", wrong.subList(0, Math.min(40, wrong.size()))));
  }
}
