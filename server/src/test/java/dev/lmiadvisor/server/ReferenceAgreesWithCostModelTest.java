package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.mcp.ToolCalls;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cost reference's worked example (the seed's Node.js 100 req/s, 200 ms, 512 MB function) and
 * the compare_costs tool must tell a user the same dollars: a reference that says one price and a
 * tool that computes another would cost the user trust, or money.
 */
class ReferenceAgreesWithCostModelTest {

  @ParameterizedTest
  @CsvSource({
    "m7i.large, x86_64, 305.70",
    "m7g.large, arm64, 257.35",
  })
  void workedExample_isWhatCompareCostsComputes(
      String instance, String architecture, String lmiMonthly) {
    var tool = TestInventory.INVENTORY.tool("compare_costs").orElseThrow();
    var result =
        ToolCalls.call(
            tool,
            Map.of(
                "monthly_requests", 259_200_000,
                "avg_duration_ms", 200,
                "memory_mb", 512,
                "architecture", "x86_64",
                "region", "us-east-1",
                "instance_type", instance,
                "instance_count", 3),
            Caller.commandLine());
    @SuppressWarnings("unchecked")
    Map<String, Object> out = (Map<String, Object>) result.structuredContent();
    @SuppressWarnings("unchecked")
    Map<String, Object> standard = (Map<String, Object>) out.get("standard_lambda");
    @SuppressWarnings("unchecked")
    Map<String, Object> lmi = (Map<String, Object>) out.get("lmi");
    assertEquals(483.84, ((Number) standard.get("monthly_usd")).doubleValue(), 0.005);
    assertEquals(
        Double.parseDouble(lmiMonthly), ((Number) lmi.get("monthly_usd")).doubleValue(), 0.005);

    for (Language language : new Language[] {Language.EN, Language.ZH}) {
      String reference =
          TestInventory.SERVICES
              .knowledge()
              .library()
              .get(ReferenceId.COST_COMPARISON, language)
              .markdown();
      assertTrue(
          reference.contains("$483.84"), language + " reference states the standard Lambda figure");
      assertTrue(
          reference.contains("$" + lmiMonthly),
          language + " reference states $" + lmiMonthly + " for 3 x " + instance);
    }
  }
}
