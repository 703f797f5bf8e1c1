package dev.lmiadvisor.knowledge;

/**
 * One level-2 section of a reference.
 *
 * @param id stable id shared by every language, for example {@code pricing-components}
 * @param heading the heading text in the section's language
 * @param text the section body in Markdown, without its heading line
 */
public record Section(String id, String heading, String text) {}
