package dev.lmiadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionInputTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t"})
  void blankQuestion_isRefusedWithTheTopicsToAskAbout(String question) {
    var error = assertThrows(IllegalArgumentException.class, () -> QuestionInput.check(question));
    assertTrue(error.getMessage().contains("question is empty"), error.getMessage());
  }

  @Test
  void nullQuestion_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> QuestionInput.check(null));
  }

  @Test
  void hundredThousandCharacters_isRefusedWithTheLimit() {
    String huge = "cost ".repeat(20_000);
    var error = assertThrows(IllegalArgumentException.class, () -> QuestionInput.check(huge));
    assertTrue(error.getMessage().contains("4,000"), error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000\u0001\u0002binary",
        "\uFFFD\uFFFD\uFFFD",
        "12345 !!! ???",
        "\u0007\u0008abc"
      })
  void binaryJunk_isRefusedAsUnreadable(String junk) {
    var error = assertThrows(IllegalArgumentException.class, () -> QuestionInput.check(junk));
    assertTrue(error.getMessage().contains("not readable text"), error.getMessage());
  }

  @Test
  void goodQuestion_isStripped() {
    assertEquals("What does LMI cost?", QuestionInput.check("  What does LMI cost?\n"));
  }
}
