package dev.lmiadvisor.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AvailabilityDatasetTest {

  private static final RegionCatalog CATALOG = RegionCatalog.standard();
  private static final SourceLibrary SOURCES = SourceLibrary.load();
  private static final AvailabilityDataset LMI =
      AvailabilityDataset.load("lmi-availability.json", CATALOG, SOURCES);

  /** The four Regions the 2026-06-08 What's New names as exceptions, with the names it uses. */
  private static final Map<String, String> EXPANSION_EXCEPTIONS =
      Map.of(
          "il-central-1", "Israel (Tel Aviv)",
          "me-south-1", "Middle East (Bahrain)",
          "me-central-1", "Middle East (UAE)",
          "ap-southeast-6", "Asia Pacific (Auckland)");

  static Stream<RegionInfo> everyRegion() {
    return CATALOG.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRegion")
  void everyRegionHasAStatusDateAndSource(RegionInfo region) {
    AvailabilityEntry entry = LMI.entryFor(region);
    assertTrue(entry.listed(), region.code() + " needs a reviewed entry in lmi-availability.json");
    assertTrue(entry.asOf().isAfter(LocalDate.of(2025, 11, 29)), region.code());
    assertFalse(entry.asOf().isAfter(LMI.compiled()), region.code());
    assertFalse(entry.sources().isEmpty(), region.code());
    entry.sources().forEach(s -> assertTrue(s.url().startsWith("https://"), s.id()));
    assertFalse(entry.reason().isBlank(), region.code());
  }

  @ParameterizedTest(name = "{0} is {1} as of {2}")
  @CsvSource({
    "us-east-1, available, 2026-06-08, lmi-launch-regions",
    "us-east-2, available, 2026-06-08, lmi-launch-regions",
    "us-west-2, available, 2026-06-08, lmi-launch-regions",
    "ap-northeast-1, available, 2026-06-08, lmi-launch-regions",
    "eu-west-1, available, 2026-06-08, lmi-launch-regions",
    "eu-central-1, available, 2026-06-08, whats-new-2026-06-08-lmi-regions",
    "il-central-1, not_available, 2026-06-08, whats-new-2026-06-08-lmi-regions",
    "me-south-1, not_available, 2026-06-08, whats-new-2026-06-08-lmi-regions",
    "me-central-1, not_available, 2026-06-08, whats-new-2026-06-08-lmi-regions",
    "ap-southeast-6, not_available, 2026-06-08, whats-new-2026-06-08-lmi-regions",
    "cn-north-1, not_available, 2025-12-02, china-regions-review-2025-12-02",
    "cn-northwest-1, not_available, 2025-12-02, china-regions-review-2025-12-02",
    "us-gov-west-1, unknown, 2026-11-21, govcloud-lambda-differences",
    "us-gov-east-1, unknown, 2026-11-21, govcloud-lambda-differences",
    "eusc-de-east-1, unknown, 2026-11-21, european-sovereign-cloud",
    "us-iso-east-1, unknown, 2026-11-21, whats-new-2026-06-08-lmi-regions",
  })
  void statusesFollowTheirSources(String code, String status, String asOf, String source) {
    AvailabilityEntry entry = LMI.entryFor(CATALOG.require(code));
    assertEquals(status, entry.status().id());
    assertEquals(LocalDate.parse(asOf), entry.asOf());
    assertTrue(
        entry.sources().stream().anyMatch(s -> s.id().equals(source)), entry.sources().toString());
  }

  @Test
  void launchRegionsHaveHadLmiSinceLaunchDay() {
    for (String code :
        Set.of("us-east-1", "us-east-2", "us-west-2", "ap-northeast-1", "eu-west-1")) {
      assertEquals(
          LocalDate.of(2025, 11, 30),
          LMI.entryFor(CATALOG.require(code)).availableSince().orElseThrow(),
          code);
    }
  }

  @Test
  void expansionExceptionsAreTheRegionsTheAnnouncementNames() {
    // The announcement names Regions, not codes: check each code's SDK name (or, for Auckland,
    // its location, since AWS's Region name is "Asia Pacific (New Zealand)").
    EXPANSION_EXCEPTIONS.forEach(
        (code, announced) -> {
          RegionInfo region = CATALOG.require(code);
          String place = announced.replaceAll(".*\\((.*)\\)", "$1");
          assertTrue(
              region.name().contains(place)
                  || region.location().orElseThrow().place().contains(place),
              code + " should be " + announced + " but the SDK calls it " + region.name());
        });
  }

  @Test
  void everyOtherCommercialRegionIsAvailable_asTheExpansionSays() {
    CATALOG.all().stream()
        .filter(r -> r.partition().id().equals("aws"))
        .filter(r -> !EXPANSION_EXCEPTIONS.containsKey(r.code()))
        .forEach(r -> assertTrue(LMI.entryFor(r).available(), r.code()));
  }

  @Test
  void noRegionOutsideTheCommercialPartitionIsAvailable() {
    // No source makes LMI available outside the aws partition; China is known to lack it.
    CATALOG.all().stream()
        .filter(r -> !r.partition().id().equals("aws"))
        .forEach(r -> assertFalse(LMI.entryFor(r).available(), r.code()));
  }

  @Test
  void aRegionTheDatasetDoesNotListIsUnknownAndSaysWhy() {
    AvailabilityDataset partial =
        AvailabilityDataset.from(
            DataFile.parse(
                "partial.json",
                """
                {"dataset_version": "test", "feature": "lambda-managed-instances",
                 "feature_name": "AWS Lambda Managed Instances", "compiled": "2026-11-21",
                 "regions": [{"region": "us-east-1", "status": "available", "as_of": "2026-06-08",
                              "sources": ["whats-new-2026-06-08-lmi-regions"], "reason": "r"}]}
                """),
            CATALOG,
            SOURCES);
    AvailabilityEntry entry = partial.entryFor(CATALOG.require("ap-east-2"));
    assertEquals(AvailabilityStatus.UNKNOWN, entry.status());
    assertFalse(entry.listed());
    assertTrue(entry.reason().contains("not in the"), entry.reason());
    assertFalse(entry.sources().isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown Region|{\"region\": \"us-moon-1\", \"status\": \"available\", \"as_of\": \"2026-06-08\", \"sources\": [\"sdk-java-v2-2.40.2-metadata\"], \"reason\": \"r\"}|us-moon-1",
        "unknown source|{\"region\": \"us-east-1\", \"status\": \"available\", \"as_of\": \"2026-06-08\", \"sources\": [\"a-blog\"], \"reason\": \"r\"}|a-blog",
        "no source|{\"region\": \"us-east-1\", \"status\": \"available\", \"as_of\": \"2026-06-08\", \"sources\": [], \"reason\": \"r\"}|cites no source",
        "future date|{\"region\": \"us-east-1\", \"status\": \"available\", \"as_of\": \"2027-01-01\", \"sources\": [\"sdk-java-v2-2.40.2-metadata\"], \"reason\": \"r\"}|after the file's date",
        "bad status|{\"region\": \"us-east-1\", \"status\": \"maybe\", \"as_of\": \"2026-06-08\", \"sources\": [\"sdk-java-v2-2.40.2-metadata\"], \"reason\": \"r\"}|maybe",
        "no reason|{\"region\": \"us-east-1\", \"status\": \"available\", \"as_of\": \"2026-06-08\", \"sources\": [\"sdk-java-v2-2.40.2-metadata\"]}|reason",
        "since without available|{\"region\": \"us-east-1\", \"status\": \"unknown\", \"as_of\": \"2026-06-08\", \"available_since\": \"2025-11-30\", \"sources\": [\"sdk-java-v2-2.40.2-metadata\"], \"reason\": \"r\"}|available_since",
      })
  void brokenEntriesAreRefusedAtLoad(String name, String entry, String expected) {
    DataFile file =
        DataFile.parse(
            "broken.json",
            """
            {"dataset_version": "test", "feature": "f", "feature_name": "F", "compiled": "2026-11-21",
             "regions": [%s]}
            """
                .formatted(entry));
    IllegalStateException error =
        assertThrows(
            IllegalStateException.class, () -> AvailabilityDataset.from(file, CATALOG, SOURCES));
    assertTrue(error.getMessage().contains(expected), error.getMessage());
  }

  @Test
  void everySourceIsCitedSomewhere_soNoneIsDeadWeight() throws Exception {
    String data =
        String.join(
            "\n",
            read("lmi-availability.json"),
            read("alternatives.json"),
            read("partition-moves.json"),
            read("region-locations.json"));
    for (Source source : SOURCES.all()) {
      assertTrue(data.contains("\"" + source.id() + "\""), source.id() + " is never cited");
    }
  }

  private static String read(String name) throws Exception {
    try (var in =
        AvailabilityDatasetTest.class.getResourceAsStream("/dev/lmiadvisor/regions/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
