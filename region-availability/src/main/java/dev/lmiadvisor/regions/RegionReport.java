package dev.lmiadvisor.regions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@link RegionAvailabilityService#check} knows about a feature in a Region.
 *
 * @param region the Region asked about
 * @param feature feature id, for example {@code lambda-managed-instances}
 * @param featureName its display name
 * @param datasetVersion version of the dataset the answer comes from
 * @param entry the dataset's status, date, sources and reason
 * @param alternatives alternatives that exist in the Region (empty when the feature is available)
 * @param alternativesNotOffered the other alternatives, with the reason each is not offered
 * @param nearestAvailable nearest Regions where the feature is available, same partition first
 * @param partitionMove what leaving the Region's partition means, when that is relevant
 * @param probe the live probe's result, when one was asked for
 */
// Components first, in their order; the derived values after them in a fixed order (reflection
// does not give methods in a stable one).
@JsonPropertyOrder({
  "region",
  "region_name",
  "partition",
  "partition_name",
  "feature",
  "feature_name",
  "available"
})
public record RegionReport(
    @JsonUnwrapped RegionInfo region,
    String feature,
    String featureName,
    String datasetVersion,
    @JsonUnwrapped AvailabilityEntry entry,
    List<Alternative> alternatives,
    List<AlternativeCatalog.NotOffered> alternativesNotOffered,
    @JsonProperty("nearest_available_regions") List<NearbyRegion> nearestAvailable,
    @JsonProperty("cross_partition_move") Optional<PartitionMove> partitionMove,
    @JsonIgnore Optional<ProbeResult> probe) {

  public RegionReport {
    alternatives = List.copyOf(alternatives);
    alternativesNotOffered = List.copyOf(alternativesNotOffered);
    nearestAvailable = List.copyOf(nearestAvailable);
  }

  @JsonProperty
  public String partitionName() {
    return region.partition().name();
  }

  @JsonProperty
  public boolean available() {
    return entry.available();
  }

  /**
   * Whether the live probe agrees with the dataset: empty when there was no probe, the probe was
   * inconclusive, or the dataset says unknown.
   */
  @JsonIgnore
  public Optional<Boolean> probeAgreesWithDataset() {
    if (entry.status() == AvailabilityStatus.UNKNOWN) {
      return Optional.empty();
    }
    return probe.flatMap(p -> p.outcome().operationExists()).map(exists -> exists == available());
  }

  /** The live probe's result beside whether it agrees with the dataset, when a probe ran. */
  @JsonProperty
  public Optional<LiveProbe> liveProbe() {
    return probe.map(p -> new LiveProbe(p, probeAgreesWithDataset()));
  }

  /**
   * @param result what the probe saw
   * @param agreesWithDataset empty when the probe or the dataset is inconclusive
   */
  public record LiveProbe(@JsonUnwrapped ProbeResult result, Optional<Boolean> agreesWithDataset) {}
}
