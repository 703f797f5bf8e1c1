package dev.lmiadvisor.regions;

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
public record RegionReport(
    RegionInfo region,
    String feature,
    String featureName,
    String datasetVersion,
    AvailabilityEntry entry,
    List<Alternative> alternatives,
    List<AlternativeCatalog.NotOffered> alternativesNotOffered,
    List<NearbyRegion> nearestAvailable,
    Optional<PartitionMove> partitionMove,
    Optional<ProbeResult> probe) {

  public RegionReport {
    alternatives = List.copyOf(alternatives);
    alternativesNotOffered = List.copyOf(alternativesNotOffered);
    nearestAvailable = List.copyOf(nearestAvailable);
  }

  public boolean available() {
    return entry.available();
  }

  /**
   * Whether the live probe agrees with the dataset: empty when there was no probe, the probe was
   * inconclusive, or the dataset says unknown.
   */
  public Optional<Boolean> probeAgreesWithDataset() {
    if (entry.status() == AvailabilityStatus.UNKNOWN) {
      return Optional.empty();
    }
    return probe.flatMap(p -> p.outcome().operationExists()).map(exists -> exists == available());
  }
}
