package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.errors.UserInputException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SettingsProblemsTest {

  private static List<String> problems(Map<String, String> environment) {
    return new Services(environment, UnaryOperator.identity()).settingsProblems();
  }

  @Test
  void usableSettings_reportNothing() {
    assertEquals(List.of(), problems(Map.of("LMI_ADVISOR_LIVE_MAX_CALLS", "20")));
  }

  @Test
  void aBadLiveLimit_isNamedWithWhatItAccepts() {
    List<String> problems = problems(Map.of("LMI_ADVISOR_LIVE_MAX_CALLS", "lots"));
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("LMI_ADVISOR_LIVE_MAX_CALLS"), problems::toString);
    assertTrue(problems.get(0).contains("from 5 to 500"), problems::toString);
  }

  @Test
  void aBadPriceSetting_doesNotStopTheToolListFromBeingBuilt() {
    Services services =
        new Services(Map.of("LMI_ADVISOR_LIVE_PRICES", "ture"), UnaryOperator.identity());
    assertFalse(services.livePricesEnabled());
    assertTrue(
        dev.lmiadvisor.server.tools.Toolsets.inventory(services).tools().size() > 10,
        "the inventory is built");
    assertTrue(services.settingsProblems().get(0).contains("LMI_ADVISOR_LIVE_PRICES"));
  }

  @Test
  void aToolThatNeedsABadSetting_tellsTheCallerWhichVariable() {
    Services services =
        new Services(Map.of("LMI_ADVISOR_LIVE_PRICES", "ture"), UnaryOperator.identity());
    UserInputException e = assertThrows(UserInputException.class, services::costs);
    assertTrue(
        e.getMessage().contains("LMI_ADVISOR_LIVE_PRICES must be true or false"), e::getMessage);
  }

  @Test
  void everyBadGroup_isReported_notOnlyTheFirst() {
    List<String> problems =
        problems(
            Map.of(
                "LMI_ADVISOR_ENVIRONMENT", "staging",
                "LMI_ADVISOR_PRICE_CACHE_HOURS", "soon"));
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("LMI_ADVISOR_ENVIRONMENT"), problems::toString);
    assertTrue(problems.get(1).contains("LMI_ADVISOR_PRICE_CACHE_HOURS"), problems::toString);
  }
}
