package dev.lmiadvisor.knowledge;

/**
 * One section of a reference handed out as part of an answer.
 *
 * @param section the section id
 * @param heading the section heading in the answer's language
 * @param text the section text in Markdown
 */
public record Passage(String section, String heading, String text) {}
