package dev.lmiadvisor.tools.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> RUNTIMES = List.of("nodejs", "java", "dotnet", "python");

  @Test
  void closeWordsAreSuggestedNearestFirst() {
    assertEquals("; did you mean nodejs?", Suggestions.didYouMean("nodjs", RUNTIMES));
    assertEquals(
        List.of("m7g.large", "m6g.large"),
        Suggestions.closest("m7g.larg", List.of("c7g.xlarge", "m6g.large", "m7g.large"), 3));
  }

  @Test
  void farWordsAreNotSuggested() {
    assertEquals("", Suggestions.didYouMean("ruby", RUNTIMES));
  }

  @Test
  void caseDoesNotCountButTheCandidateIsReturnedAsWritten() {
    assertEquals(
        List.of("MemorySize"), Suggestions.closest("memorysise", List.of("MemorySize"), 3));
  }
}
