package dev.lmiadvisor.tools.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.sizing.InstanceFamily;
import dev.lmiadvisor.tools.sizing.InstanceType;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

class PriceTableTest {

  static final PriceTable TABLE = PriceTable.load();

  static final List<String> REQUIRED_REGIONS =
      List.of(
          "us-east-1",
          "us-east-2",
          "us-west-2",
          "eu-west-1",
          "eu-central-1",
          "ap-northeast-1",
          "ap-southeast-1");

  static final Set<String> CONFIDENCE =
      Set.of("primary", "generated-from-price-list-api", "secondary", "assumed-same-as-us-east-1");

  @Test
  void everyEc2PriceNamesAKnownSourceADateAndAConfidence() {
    for (String region : TABLE.regions()) {
      for (String type : TABLE.pricedTypes(region)) {
        Ec2Price price = TABLE.ec2(region, type).orElseThrow();
        assertTrue(price.usdPerHour() > 0, price.toString());
        assertTrue(TABLE.sources().containsKey(price.source()), price.toString());
        assertTrue(price.sourceUrl().startsWith("https://"), price.toString());
        assertTrue(CONFIDENCE.contains(price.confidence()), price.toString());
        LocalDate.parse(price.asOf());
      }
    }
  }

  @ParameterizedTest
  @FieldSource("REQUIRED_REGIONS")
  void eachRequiredRegionPricesTheThreeFamiliesOnBothArchitecturesFromLargeUp(String region) {
    for (InstanceFamily family : InstanceFamily.values()) {
      for (Architecture architecture : Architecture.values()) {
        List<String> priced =
            TABLE.catalog().of(family, architecture).stream()
                .map(InstanceType::name)
                .filter(name -> TABLE.ec2(region, name).isPresent())
                .toList();
        assertTrue(
            priced.stream().anyMatch(n -> n.endsWith(".large")),
            family + " " + architecture + " .large missing in " + region);
        assertTrue(
            priced.size() >= 5, family + " " + architecture + " in " + region + ": " + priced);
      }
    }
    LambdaRates rates = TABLE.lambdaRates(region);
    assertTrue(rates.gbSecondUsd(Architecture.X86_64) > rates.gbSecondUsd(Architecture.ARM64));
    assertEquals(15, rates.managementFeePct());
    assertTrue(CONFIDENCE.contains(rates.requestConfidence()));
    assertTrue(CONFIDENCE.contains(rates.durationConfidence()));
  }

  /**
   * Within one generation and Region, on-demand prices scale with vCPUs; a typo while transcribing
   * a price breaks this.
   */
  @Test
  void pricesScaleWithSizeWithinAGeneration() {
    for (String region : TABLE.regions()) {
      for (String type : TABLE.pricedTypes(region)) {
        InstanceType shape = TABLE.catalog().find(type).orElseThrow();
        String large = shape.generation() + ".large";
        double perVcpuLarge = TABLE.ec2(region, large).orElseThrow().usdPerHour() / 2;
        double perVcpu = TABLE.ec2(region, type).orElseThrow().usdPerHour() / shape.vcpus();
        assertEquals(perVcpuLarge, perVcpu, perVcpuLarge * 0.01, type + " in " + region);
      }
    }
  }

  /** The prices the cost reference quotes (section worked-example-lmi) are rows of the table. */
  @ParameterizedTest
  @CsvSource({
    "us-east-1, m7g.large, 0.0816",
    "us-east-1, m7g.xlarge, 0.1632",
    "us-east-1, m7i.large, 0.1008",
    "us-east-1, m7i.xlarge, 0.2016"
  })
  void referenceQuotedPricesAgree(String region, String type, double hourly) {
    assertEquals(hourly, TABLE.ec2(region, type).orElseThrow().usdPerHour(), 1e-9);
  }

  @Test
  void lambdaRatesMatchThePricingPage() {
    LambdaRates rates = TABLE.lambdaRates("us-east-1");
    assertEquals(0.20, rates.requestUsdPerMillion(), 1e-12);
    assertEquals(0.0000166667, rates.gbSecondUsd(Architecture.X86_64), 1e-12);
    assertEquals(0.0000133334, rates.gbSecondUsd(Architecture.ARM64), 1e-12);
    assertEquals("primary", rates.durationConfidence());
    assertEquals(1_000_000, TABLE.freeTierRequests());
    assertEquals(400_000, TABLE.freeTierGbSeconds());
    assertEquals(730, TABLE.hoursPerMonth());
  }

  @Test
  void savingsPlansDiscountEc2MoreThanLambdaAndCiteTheirSource() {
    Discounts none = TABLE.discounts(SavingsPlan.NONE);
    assertEquals(0, none.ec2Pct());
    assertEquals(0, none.lambdaPct());
    for (SavingsPlan plan : List.of(SavingsPlan.COMPUTE_1YR, SavingsPlan.COMPUTE_3YR)) {
      Discounts d = TABLE.discounts(plan);
      assertTrue(d.ec2Pct() > d.lambdaPct(), plan.id());
      assertTrue(d.sourceUrl().startsWith("https://"), plan.id());
      assertFalse(d.note().isBlank(), plan.id());
    }
  }

  @Test
  void unknownRegionListsTheRegionsWithPrices() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TABLE.lambdaRates("us-east-9"));
    assertTrue(e.getMessage().contains("did you mean us-east-1"), e.getMessage());
    for (String region : REQUIRED_REGIONS) {
      assertTrue(e.getMessage().contains(region), e.getMessage());
    }
  }

  @Test
  void theTableIsVersionedAndDated() {
    assertTrue(TABLE.version().startsWith(TABLE.asOf()), TABLE.version());
    LocalDate.parse(TABLE.asOf());
    assertTrue(TABLE.json().contains("\"version\""));
  }
}
