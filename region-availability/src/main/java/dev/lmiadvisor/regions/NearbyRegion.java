package dev.lmiadvisor.regions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;

/**
 * A Region near another, by great-circle distance between the places they are named after.
 *
 * @param region the nearby Region
 * @param distanceKm distance in whole kilometres (approximate: see {@link Location})
 * @param samePartition false when using it means another partition: other accounts, credentials,
 *     ARNs and endpoints
 * @param rough true when either end is only broadly located (AWS names just a half of a country),
 *     so the distance can be off by hundreds of kilometres
 */
public record NearbyRegion(
    @JsonUnwrapped RegionInfo region,
    long distanceKm,
    boolean samePartition,
    @JsonProperty("rough_distance") boolean rough) {

  /** Why this Region may not do as a replacement, for a person; null when nothing stands out. */
  @JsonProperty
  public String caveat() {
    List<String> caveats = new ArrayList<>();
    if (!samePartition) {
      caveats.add(
          "Another partition (%s): a separate account and credentials, other ARNs and endpoints."
              .formatted(region.partition().id()));
    }
    if (rough) {
      caveats.add("Rough distance: AWS gives only a broad location for one of the two Regions.");
    }
    return caveats.isEmpty() ? null : String.join(" ", caveats);
  }
}
