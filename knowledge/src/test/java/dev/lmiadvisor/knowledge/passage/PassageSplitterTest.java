package dev.lmiadvisor.knowledge.passage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.Reference;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.knowledge.ReferenceLibrary;
import dev.lmiadvisor.knowledge.Section;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

  private static final Reference REFERENCE =
      new Reference(
          ReferenceId.COST_COMPARISON,
          Language.EN,
          "Title",
          "",
          List.of(
              new Section(
                  "pricing",
                  "Pricing",
                  """
                  An LMI bill has three parts, and this paragraph is long enough to stand on its own.

                  | Component | Rate |
                  |---|---|
                  | Request charge | $0.20 per 1M |
                  | Management fee | 15% |

                  - **First**: the first item of a list.
                  - **Second**: the second item,
                    continued on a nested line.

                  Other commands:

                  ```bash
                  aws lambda list-capacity-providers
                  ```

                  ### Sub heading

                  A paragraph under the sub-heading that is long enough to be a unit of its own here.

                  ```text
                  formula = a * b
                  ```
                  """)));

  private final List<PassageUnit> units = PassageSplitter.split(REFERENCE);

  @Test
  void tableRows_carryTheHeader() {
    List<PassageUnit> rows =
        units.stream().filter(u -> u.kind() == PassageUnit.Kind.TABLE_ROW).toList();
    assertEquals(2, rows.size());
    assertEquals("| Component | Rate |\n|---|---|\n| Management fee | 15% |", rows.get(1).text());
  }

  @Test
  void listItems_areUnitsWithTheirNestedLines() {
    List<PassageUnit> items =
        units.stream().filter(u -> u.kind() == PassageUnit.Kind.LIST_ITEM).toList();
    assertEquals(2, items.size());
    assertTrue(items.get(1).text().endsWith("continued on a nested line."));
  }

  @Test
  void aShortLeadIn_joinsTheCodeAfterIt_andCodeJoinsTheParagraphBefore() {
    assertTrue(
        units.stream()
            .anyMatch(
                u -> u.text().startsWith("Other commands:") && u.text().contains("list-capacity")));
    PassageUnit last = units.getLast();
    assertEquals("Pricing › Sub heading", last.heading());
    assertTrue(last.text().startsWith("A paragraph under") && last.text().contains("formula"));
  }

  @Test
  void ordinals_countWithinTheSection() {
    for (int i = 0; i < units.size(); i++) {
      assertEquals(i, units.get(i).ordinal());
    }
  }

  @Test
  void everyShippedReference_splitsIntoUnitsThatItContains() {
    for (Reference reference : ReferenceLibrary.load().all()) {
      List<PassageUnit> split = PassageSplitter.split(reference);
      assertTrue(split.size() >= reference.sections().size(), reference.id().id());
      for (PassageUnit unit : split) {
        String body = reference.section(unit.sectionId()).orElseThrow().text();
        assertTrue(!unit.text().isBlank(), unit.toString());
        assertTrue(body.contains(unit.text().lines().findFirst().orElseThrow()), unit.toString());
      }
    }
  }
}
