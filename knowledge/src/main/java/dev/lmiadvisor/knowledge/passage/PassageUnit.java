package dev.lmiadvisor.knowledge.passage;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.ReferenceId;

/**
 * The smallest piece of a reference that can answer a question: a paragraph (with the code block
 * that illustrates it), one list item, or one table row with the table's header.
 *
 * @param reference the reference it belongs to
 * @param language the language it is written in
 * @param sectionId the id of its level-2 section
 * @param heading the section heading, with the level-3 heading it sits under after " › "
 * @param text the Markdown text
 * @param ordinal its position in the section, from 0
 * @param kind what kind of block it is
 */
public record PassageUnit(
    ReferenceId reference,
    Language language,
    String sectionId,
    String heading,
    String text,
    int ordinal,
    Kind kind) {

  /** The Markdown block a unit was cut from. */
  public enum Kind {
    PARAGRAPH,
    LIST_ITEM,
    TABLE_ROW,
    CODE
  }
}
