package dev.lmiadvisor.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One reference in one language.
 *
 * @param id which of the six references
 * @param language the language of the text
 * @param title the level-1 heading
 * @param markdown the whole document as written
 * @param sections the level-2 sections in document order
 */
public record Reference(
    ReferenceId id, Language language, String title, String markdown, List<Section> sections) {

  public Reference {
    sections = List.copyOf(sections);
  }

  public Optional<Section> section(String sectionId) {
    return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
  }

  public List<String> sectionIds() {
    return sections.stream().map(Section::id).toList();
  }
}
