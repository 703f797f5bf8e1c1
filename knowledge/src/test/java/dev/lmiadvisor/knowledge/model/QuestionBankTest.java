package dev.lmiadvisor.knowledge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.Reference;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.ReferenceLibrary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The question bank is big enough, labelled with ids that exist, and split without overlap. */
class QuestionBankTest {

  static List<BankQuestion> split(String name) throws IOException {
    return BankQuestion.read(Path.of("bank", name + ".jsonl"));
  }

  @Test
  void bank_holdsTheIssuesMinimumPerLanguage() throws IOException {
    List<BankQuestion> all = new ArrayList<>();
    for (String name : List.of("train", "dev", "test")) {
      all.addAll(split(name));
    }
    Map<String, Long> onTopic =
        all.stream()
            .filter(BankQuestion::onTopic)
            .collect(Collectors.groupingBy(BankQuestion::language, Collectors.counting()));
    assertTrue(all.size() >= 2000, "bank size " + all.size());
    assertTrue(onTopic.get("en") >= 1000, onTopic::toString);
    assertTrue(onTopic.get("zh") >= 600, onTopic::toString);
    assertTrue(onTopic.get("vi") >= 400, onTopic::toString);
    assertTrue(all.stream().filter(q -> !q.onTopic()).count() >= 100, "off-topic questions");
  }

  @Test
  void everyLabel_namesAReferenceAndOneOfItsSections() throws IOException {
    Reference[] references =
        java.util.Arrays.stream(ReferenceId.values())
            .map(id -> ReferenceLibrary.load().get(id, Language.EN))
            .toArray(Reference[]::new);
    for (String name : List.of("train", "dev", "test")) {
      for (BankQuestion q : split(name)) {
        if (!q.onTopic()) {
          continue;
        }
        ReferenceId id = ReferenceId.fromId(q.reference()).orElseThrow(() -> new AssertionError(q));
        assertTrue(references[id.ordinal()].section(q.section()).isPresent(), q.toString());
      }
    }
  }

  @Test
  void everySectionOfEveryReference_isAsked() throws IOException {
    Set<String> asked = new HashSet<>();
    for (String name : List.of("train", "dev", "test")) {
      split(name).forEach(q -> asked.add(q.reference() + "#" + q.section()));
    }
    for (ReferenceId id : ReferenceId.values()) {
      for (String section : ReferenceLibrary.load().get(id, Language.EN).sectionIds()) {
        assertTrue(asked.contains(id.id() + "#" + section), id.id() + "#" + section);
      }
    }
  }

  @Test
  void noQuestion_standsInTwoSplits() throws IOException {
    Map<String, String> seen = new java.util.HashMap<>();
    for (String name : List.of("train", "dev", "test")) {
      for (BankQuestion q : split(name)) {
        String key = q.question().toLowerCase(Locale.ROOT).replaceAll("(?U)[\\W_]+", " ").strip();
        String before = seen.putIfAbsent(key, name);
        assertTrue(
            before == null || before.equals(name), "in " + before + " and " + name + ": " + key);
      }
    }
    assertEquals(3, new HashSet<>(seen.values()).size());
  }
}
