package dev.lmiadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reference written in the house format into its title and sections.
 *
 * <p>The format: line one is {@code # Title}; every section starts with {@code ## Heading {#id}},
 * the id being the same in every language so that a section can be asked for by id whatever the
 * language. Fenced code blocks are skipped while looking for headings, so a {@code ##} comment in a
 * shell sample does not start a section.
 */
final class MarkdownReferenceParser {

  private static final Pattern SECTION_HEADING =
      Pattern.compile("^##\\s+(.+?)\\s*\\{#([a-z0-9]+(?:-[a-z0-9]+)*)\\}\\s*$");

  private MarkdownReferenceParser() {}

  static Reference parse(ReferenceId id, Language language, String markdown) {
    String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
    String title = null;
    List<Section> sections = new ArrayList<>();
    String heading = null;
    String sectionId = null;
    StringBuilder body = new StringBuilder();
    boolean inFence = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("```")) {
        inFence = !inFence;
      }
      if (!inFence && title == null && line.startsWith("# ")) {
        title = line.substring(2).strip();
        continue;
      }
      Matcher m = inFence ? null : SECTION_HEADING.matcher(line);
      if (m != null && m.matches()) {
        if (sectionId != null) {
          sections.add(new Section(sectionId, heading, body.toString().strip()));
        }
        heading = m.group(1);
        sectionId = m.group(2);
        body.setLength(0);
        continue;
      }
      if (!inFence && line.startsWith("## ")) {
        throw new IllegalStateException(
            "%s/%s line %d: section heading without an {#id}: %s"
                .formatted(language.code(), id.id(), i + 1, line));
      }
      if (sectionId != null) {
        body.append(line).append('\n');
      }
    }
    if (sectionId != null) {
      sections.add(new Section(sectionId, heading, body.toString().strip()));
    }
    if (title == null) {
      throw new IllegalStateException(
          "%s/%s: no '# Title' line".formatted(language.code(), id.id()));
    }
    return new Reference(id, language, title, markdown, sections);
  }
}
