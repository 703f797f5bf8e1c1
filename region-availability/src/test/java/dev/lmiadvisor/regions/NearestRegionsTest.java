package dev.lmiadvisor.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestRegionsTest {

  private static final RegionCatalog CATALOG = RegionCatalog.standard();
  private static final AvailabilityDataset LMI =
      AvailabilityDataset.load("lmi-availability.json", CATALOG, SourceLibrary.load());
  private static final NearestRegions NEAREST = new NearestRegions(CATALOG.all());

  private static List<NearbyRegion> nearestWithLmi(String code, boolean crossPartitions) {
    return NEAREST.from(
        CATALOG.require(code), r -> LMI.entryFor(r).available(), 3, crossPartitions);
  }

  @Test
  void fromBeijingEveryCandidateIsAcrossThePartition_nearestFirst() {
    List<NearbyRegion> near = nearestWithLmi("cn-north-1", true);
    assertEquals(3, near.size());
    assertEquals("ap-northeast-2", near.getFirst().region().code(), near.toString());
    near.forEach(n -> assertFalse(n.samePartition(), n.toString()));
    near.forEach(n -> assertTrue(LMI.entryFor(n.region()).available(), n.toString()));
    assertAscending(near);
  }

  @Test
  void fromTelAvivTheSamePartitionIsEnough_andExcludedNeighboursAreSkipped() {
    List<NearbyRegion> near = nearestWithLmi("il-central-1", true);
    assertEquals(3, near.size());
    near.forEach(n -> assertTrue(n.samePartition(), n.toString()));
    near.forEach(
        n -> assertFalse(List.of("me-south-1", "me-central-1").contains(n.region().code())));
    assertAscending(near);
  }

  @Test
  void neverProposesTheRegionItself() {
    nearestWithLmi("eu-west-1", false)
        .forEach(n -> assertFalse(n.region().code().equals("eu-west-1")));
  }

  @Test
  void withoutCrossingPartitionsChinaHasNoNeighbourWithLmi() {
    assertTrue(nearestWithLmi("cn-northwest-1", false).isEmpty());
  }

  @Test
  void aRegionWithoutPublicLocationHasNoNeighbours() {
    assertTrue(nearestWithLmi("us-iso-east-1", true).isEmpty());
  }

  @Test
  void distancesFromABroadlyLocatedRegionAreFlaggedRough() {
    List<NearbyRegion> near = nearestWithLmi("us-gov-west-1", true);
    assertFalse(near.isEmpty());
    near.forEach(n -> assertTrue(n.rough(), n.toString()));
    nearestWithLmi("eu-west-1", false).forEach(n -> assertFalse(n.rough(), n.toString()));
  }

  private static void assertAscending(List<NearbyRegion> near) {
    for (int i = 1; i < near.size(); i++) {
      assertTrue(near.get(i - 1).distanceKm() <= near.get(i).distanceKm(), near.toString());
    }
  }
}
