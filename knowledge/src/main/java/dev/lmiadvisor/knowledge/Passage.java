package dev.lmiadvisor.knowledge;

/**
 * One passage of a reference handed out as part of an answer: a paragraph, list item or table row
 * with its header.
 *
 * @param section the id of the section it comes from
 * @param heading the section heading in the answer's language (with the sub-heading after " › ")
 * @param text the passage in Markdown
 */
public record Passage(String section, String heading, String text) {}
