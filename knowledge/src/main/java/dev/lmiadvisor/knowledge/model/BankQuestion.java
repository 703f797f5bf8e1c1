package dev.lmiadvisor.knowledge.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled question of the bank ({@code knowledge/bank/*.jsonl}).
 *
 * @param question the question as an engineer typed it
 * @param language its language code
 * @param reference the reference id that answers it, or {@value #OFF_TOPIC}
 * @param section the answering section id, or null
 * @param kind how it is asked (factual, howto, symptom, boundary, code, injection, offtopic …)
 * @param answer for factual questions, the short fact the answering passage carries, or null
 */
public record BankQuestion(
    String question,
    String language,
    String reference,
    String section,
    String kind,
    String answer) {

  public static final String OFF_TOPIC = "off_topic";

  public boolean onTopic() {
    return !OFF_TOPIC.equals(reference);
  }

  /** Reads a JSON Lines file of the bank; a malformed line fails with its line number. */
  public static List<BankQuestion> read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<BankQuestion> questions = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = json.readTree(line);
      } catch (IOException e) {
        throw new IOException("%s line %d is not JSON: %s".formatted(file, i + 1, e.getMessage()));
      }
      questions.add(
          new BankQuestion(
              text(node, "q"),
              text(node, "lang"),
              text(node, "reference"),
              text(node, "section"),
              text(node, "kind"),
              text(node, "answer")));
    }
    return questions;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
