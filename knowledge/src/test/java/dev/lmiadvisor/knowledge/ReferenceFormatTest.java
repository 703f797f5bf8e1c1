package dev.lmiadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Golden rules every reference file keeps, in both languages. */
class ReferenceFormatTest {

  private static final ReferenceLibrary LIBRARY = SharedKnowledge.SERVICE.library();
  private static final Pattern AS_OF =
      Pattern.compile("as of 20\\d\\d-\\d\\d-\\d\\d|截至 ?20\\d\\d-\\d\\d-\\d\\d");
  private static final Pattern LINK = Pattern.compile("\\]\\((https?://[^)\\s]+)\\)");

  @ParameterizedTest
  @EnumSource(ReferenceId.class)
  void englishAndChinese_haveTheSameSections(ReferenceId id) {
    assertEquals(
        LIBRARY.get(id, Language.EN).sectionIds(), LIBRARY.get(id, Language.ZH).sectionIds());
  }

  @ParameterizedTest
  @EnumSource(ReferenceId.class)
  void everyReference_endsWithItsSources(ReferenceId id) {
    for (Language language : new Language[] {Language.EN, Language.ZH}) {
      Reference reference = LIBRARY.get(id, language);
      var ids = reference.sectionIds();
      assertTrue(ids.size() >= 8, id + "/" + language + " has " + ids.size() + " sections");
      assertEquals("sources", ids.get(ids.size() - 1), id + "/" + language);
      Section sources = reference.section("sources").orElseThrow();
      assertTrue(
          LINK.matcher(sources.text()).results().count() >= 3, id + " cites at least 3 sources");
      assertTrue(
          AS_OF.matcher(reference.markdown()).find(), id + "/" + language + " carries as-of dates");
    }
  }

  @ParameterizedTest
  @EnumSource(ReferenceId.class)
  void noReference_repeatsTheSeedsErrorsAsFact(ReferenceId id) {
    String text = LIBRARY.get(id, Language.EN).markdown();
    // The corrected state name must be present wherever the capacity provider states are discussed.
    assertFalse(text.contains("State: CREATING"), id.id());
    assertFalse(text.contains("\"TargetResourceUtilization\":"), id.id());
  }
}
