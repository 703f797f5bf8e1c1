package dev.lmiadvisor.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;

class RegionCatalogTest {

  private final RegionCatalog catalog = RegionCatalog.standard();

  @Test
  void holdsEveryNonGlobalRegionTheSdkKnows_inTheSdksPartition() {
    List<Region> sdkRegions = Region.regions().stream().filter(r -> !r.isGlobalRegion()).toList();
    assertEquals(sdkRegions.size(), catalog.all().size());
    for (Region region : sdkRegions) {
      RegionInfo info =
          catalog.find(region.id()).orElseThrow(() -> new AssertionError(region.id()));
      assertEquals(region.metadata().partition().id(), info.partition().id(), region.id());
      assertEquals(region.metadata().description(), info.name(), region.id());
    }
  }

  @Test
  void coversTheCommercialChinaAndGovCloudPartitions_andEveryOtherTheSdkLists() {
    Set<String> sdkPartitions =
        Region.regions().stream()
            .filter(r -> !r.isGlobalRegion())
            .map(r -> r.metadata().partition().id())
            .collect(Collectors.toSet());
    Set<String> ours = catalog.partitions().stream().map(Partition::id).collect(Collectors.toSet());
    assertEquals(sdkPartitions, ours);
    assertTrue(ours.containsAll(Set.of("aws", "aws-cn", "aws-us-gov")), ours.toString());
  }

  @Test
  void leavesOutGlobalPseudoRegions() {
    assertFalse(catalog.isKnown("aws-global"));
    assertFalse(catalog.isKnown("aws-cn-global"));
  }

  @Test
  void onlyClosedPartitionsLackALocation() {
    for (RegionInfo region : catalog.all()) {
      if (region.location().isEmpty()) {
        assertTrue(region.partition().id().startsWith("aws-iso"), region.code());
      }
    }
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "us-east-1|us-east-1",
        "' US-EAST-1 '|us-east-1",
        "'Cn-North-1'|cn-north-1",
        "'\tcn-northwest-1\n'|cn-northwest-1",
        "us-gov-west-1|us-gov-west-1"
      })
  void normalisesCaseAndWhitespace(String input, String code) {
    assertTrue(catalog.isKnown(input));
    assertEquals(code, catalog.require(input).code());
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "us-east-9|unknown region 'us-east-9'; did you mean us-east-1? Other close codes: us-east-2",
        "cn-nort-1|did you mean cn-north-1?",
        "US_EAST_1|malformed region code 'us_east_1'; did you mean us-east-1?",
        "beijing|malformed region code 'beijing'; did you mean cn-north-1?",
        "tokyo|did you mean ap-northeast-1?",
        "eu-wset-1|did you mean eu-west-1?",
        "qq-qqqqqq-7|unknown region 'qq-qqqqqq-7'; no known Region code is close to it",
      })
  void unknownCodesAreRefusedWithTheClosestRealCodes(String input, String expected) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> catalog.require(input));
    assertTrue(error.getMessage().contains(expected), error.getMessage());
  }

  @Test
  void specExampleMessage() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> catalog.require("us-east-9"));
    assertTrue(
        error.getMessage().startsWith("unknown region 'us-east-9'; did you mean us-east-1?"),
        error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void blankCodeIsRequired(String input) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> catalog.require(input));
    assertTrue(error.getMessage().startsWith("region is required"), error.getMessage());
  }

  @Test
  void overlongInputIsNotEchoed() {
    String input = "x".repeat(500);
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> catalog.require(input));
    assertTrue(error.getMessage().contains("too long (500 characters)"), error.getMessage());
    assertFalse(error.getMessage().contains("x".repeat(65)));
  }

  @Test
  void controlCharactersAreNotEchoed() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> catalog.require("us-\u001b[31m-1"));
    assertFalse(error.getMessage().contains("\u001b"), error.getMessage());
  }

  @Test
  void closestRanksSharedPrefixBeforeOtherEqualDistances() {
    assertEquals(List.of("us-east-1", "us-east-2", "us-west-1"), catalog.closest("us-east-9"));
  }

  @Test
  void unknownPartitionListsTheKnownOnes() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> catalog.requirePartition("aws-mars"));
    assertTrue(error.getMessage().startsWith("unknown partition 'aws-mars'; known partitions: "));
    assertTrue(error.getMessage().contains("aws-cn"), error.getMessage());
  }

  @Test
  void greatCircleDistancesMatchKnownCityPairs() {
    // London-Paris is about 344 km and Beijing-Seoul about 955 km on the sphere; the catalog's
    // coordinates are rounded to 0.1 degree, hence the tolerance.
    assertEquals(344, distance("eu-west-2", "eu-west-3"), 20);
    assertEquals(955, distance("cn-north-1", "ap-northeast-2"), 25);
    assertEquals(0, distance("eu-central-1", "eu-central-1"), 0.001);
  }

  private double distance(String a, String b) {
    return catalog
        .require(a)
        .location()
        .orElseThrow()
        .distanceKm(catalog.require(b).location().orElseThrow());
  }

  @Test
  void locationsFileMustCoverEveryRegionTheSdkKnows() {
    DataFile partial =
        DataFile.parse(
            "region-locations.json",
            """
            {"regions": [{"region": "us-east-1", "place": "Virginia", "latitude": 39.0,
                          "longitude": -77.5, "precision": "area"}]}
            """);
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class,
            () -> RegionCatalog.fromSdk(List.of(Region.US_EAST_1, Region.CN_NORTH_1), partial));
    assertTrue(error.getMessage().contains("no entry for cn-north-1"), error.getMessage());
  }

  @Test
  void locationsFileMayNotInventRegions() {
    DataFile invented =
        DataFile.parse(
            "region-locations.json",
            """
            {"regions": [
              {"region": "us-east-1", "place": "Virginia", "latitude": 39.0, "longitude": -77.5,
               "precision": "area"},
              {"region": "us-moon-1", "place": "Moon", "latitude": 0, "longitude": 0,
               "precision": "city"}]}
            """);
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class,
            () -> RegionCatalog.fromSdk(List.of(Region.US_EAST_1), invented));
    assertTrue(error.getMessage().contains("us-moon-1"), error.getMessage());
  }
}
