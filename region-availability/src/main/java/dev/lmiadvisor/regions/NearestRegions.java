package dev.lmiadvisor.regions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Ranks Regions by great-circle distance from a Region: those in its own partition first, then,
 * when that leaves too few, those in other partitions, which a caller must flag (another partition
 * means other accounts and endpoints).
 */
final class NearestRegions {

  private final List<RegionInfo> regions;

  NearestRegions(List<RegionInfo> regions) {
    this.regions = List.copyOf(regions);
  }

  /**
   * @param from where to measure from; without a public location there is nothing to rank
   * @param eligible which Regions may be proposed (for example: the feature is available there)
   * @param perGroup at most this many from the same partition, and at most this many from others
   * @param crossPartitions whether other partitions may be proposed when the own partition has
   *     fewer than {@code perGroup} eligible Regions
   */
  List<NearbyRegion> from(
      RegionInfo from, Predicate<RegionInfo> eligible, int perGroup, boolean crossPartitions) {
    if (from.location().isEmpty()) {
      return List.of();
    }
    List<NearbyRegion> ranked =
        regions.stream()
            .filter(r -> !r.code().equals(from.code()))
            .filter(r -> r.location().isPresent())
            .filter(eligible)
            .map(
                r ->
                    new NearbyRegion(
                        r,
                        Math.round(from.location().get().distanceKm(r.location().get())),
                        r.samePartitionAs(from),
                        isBroad(from) || isBroad(r)))
            .sorted(Comparator.comparingLong(NearbyRegion::distanceKm))
            .toList();
    List<NearbyRegion> result = new ArrayList<>();
    ranked.stream().filter(NearbyRegion::samePartition).limit(perGroup).forEach(result::add);
    if (crossPartitions && result.size() < perGroup) {
      ranked.stream().filter(n -> !n.samePartition()).limit(perGroup).forEach(result::add);
    }
    return List.copyOf(result);
  }

  private static boolean isBroad(RegionInfo region) {
    return region.location().map(l -> l.precision().equals("broad")).orElse(false);
  }
}
