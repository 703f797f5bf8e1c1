package dev.lmiadvisor.server.tools.knowledge;

import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.knowledge.QuestionInput;
import dev.lmiadvisor.server.inventory.Schema;

/** Input fields the knowledge tools share (fresh builders on every call: they are mutable). */
final class KnowledgeInputs {

  static final String TOOLSET = "knowledge";

  private KnowledgeInputs() {}

  static Schema question() {
    return string("The question, in English, Simplified Chinese or Vietnamese.")
        .minLength(1)
        .maxLength(QuestionInput.MAX_LENGTH);
  }

  static Schema referenceLanguage(String description) {
    return enumOf(description, "en", "zh");
  }
}
