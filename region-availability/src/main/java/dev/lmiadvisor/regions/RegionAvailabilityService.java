package dev.lmiadvisor.regions;

import dev.lmiadvisor.errors.UserInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers "can I use this feature in this Region, and if not, what then?" from embedded data, and
 * optionally from a live call to AWS.
 *
 * <ul>
 *   <li>{@link #check}: status with date and sources, the alternatives that exist in the Region,
 *       the nearest Regions that have the feature, what crossing a partition means, and the live
 *       probe's result when asked for.
 *   <li>{@link #list}: every Region with its status, filtered by partition and availability.
 * </ul>
 *
 * Input a caller can fix (unknown Region, partition or feature) is an {@link UserInputException}
 * whose message says what to change.
 */
public final class RegionAvailabilityService {

  /** The feature asked about when none is named. */
  public static final String DEFAULT_FEATURE = "lambda-managed-instances";

  /** How many nearby Regions to propose, per group (same partition, other partitions). */
  static final int NEAREST_PER_GROUP = 3;

  private final RegionCatalog catalog;
  private final Map<String, AvailabilityDataset> datasets;
  private final AlternativeCatalog alternatives;
  private final PartitionMoves partitionMoves;
  private final Supplier<CapacityProviderProbe> probe;
  private final NearestRegions nearest;

  RegionAvailabilityService(
      RegionCatalog catalog,
      List<AvailabilityDataset> datasets,
      AlternativeCatalog alternatives,
      PartitionMoves partitionMoves,
      Supplier<CapacityProviderProbe> probe) {
    this.catalog = catalog;
    Map<String, AvailabilityDataset> byFeature = new LinkedHashMap<>();
    datasets.forEach(d -> byFeature.put(d.feature(), d));
    this.datasets = java.util.Collections.unmodifiableMap(byFeature);
    this.alternatives = alternatives;
    this.partitionMoves = partitionMoves;
    this.probe = probe;
    this.nearest = new NearestRegions(catalog.all());
  }

  /** The embedded data, and a live probe configured from the process environment on first use. */
  public static RegionAvailabilityService load() {
    return load(() -> CapacityProviderProbe.fromEnvironment(System.getenv()));
  }

  /** The embedded data, with the given live probe (for tests and embedding). */
  public static RegionAvailabilityService load(Supplier<CapacityProviderProbe> probe) {
    RegionCatalog catalog = RegionCatalog.standard();
    SourceLibrary sources = SourceLibrary.load();
    return new RegionAvailabilityService(
        catalog,
        List.of(AvailabilityDataset.load("lmi-availability.json", catalog, sources)),
        AlternativeCatalog.load(catalog, sources),
        PartitionMoves.load(catalog, sources),
        memoize(probe));
  }

  /**
   * The feature's status in a Region, with what to do if it is missing.
   *
   * @param region a Region code; case and surrounding whitespace are ignored
   * @param feature a feature id, or {@code null} for {@value #DEFAULT_FEATURE}
   * @param live also call the Region's Lambda API with the configured credentials
   */
  public RegionReport check(String region, String feature, boolean live) {
    AvailabilityDataset dataset = dataset(feature);
    RegionInfo info = catalog.require(region);
    AvailabilityEntry entry = dataset.entryFor(info);
    boolean missing = !entry.available();
    AlternativeCatalog.Choices choices =
        missing
            ? alternatives.choicesFor(info)
            : new AlternativeCatalog.Choices(List.of(), List.of());
    List<NearbyRegion> near =
        nearest.from(info, r -> dataset.entryFor(r).available(), NEAREST_PER_GROUP, missing);
    boolean crossesPartition = near.stream().anyMatch(n -> !n.samePartition());
    Optional<PartitionMove> move =
        crossesPartition ? partitionMoves.leaving(info.partition()) : Optional.empty();
    Optional<ProbeResult> probed = live ? Optional.of(probe.get().probe(info)) : Optional.empty();
    return new RegionReport(
        info,
        dataset.feature(),
        dataset.featureName(),
        dataset.version(),
        entry,
        choices.offered(),
        choices.notOffered(),
        near,
        move,
        probed);
  }

  /**
   * Every Region with the feature's status.
   *
   * @param partition only this partition (for example {@code aws-cn}); {@code null} for all
   * @param available {@code true}: only where available; {@code false}: only where not available or
   *     unknown; {@code null}: all
   * @param feature a feature id, or {@code null} for {@value #DEFAULT_FEATURE}
   */
  public List<RegionStatus> list(String partition, Boolean available, String feature) {
    AvailabilityDataset dataset = dataset(feature);
    Optional<Partition> only =
        partition == null || partition.isBlank()
            ? Optional.empty()
            : Optional.of(catalog.requirePartition(partition));
    return catalog.all().stream()
        .filter(r -> only.map(p -> p.id().equals(r.partition().id())).orElse(true))
        .map(r -> new RegionStatus(r, dataset.entryFor(r)))
        .filter(s -> available == null || s.entry().available() == available)
        .toList();
  }

  /** The features there is a dataset for. */
  public List<String> features() {
    return List.copyOf(datasets.keySet());
  }

  /** The dataset of a feature ({@code null} or blank for the default). */
  public AvailabilityDataset dataset(String feature) {
    String id =
        feature == null || feature.isBlank()
            ? DEFAULT_FEATURE
            : feature.strip().toLowerCase(Locale.ROOT);
    AvailabilityDataset dataset = datasets.get(id);
    if (dataset == null) {
      throw new UserInputException(
          "unknown feature '%s'; known features: %s"
              .formatted(RegionCatalog.printable(feature), String.join(", ", datasets.keySet())));
    }
    return dataset;
  }

  public RegionCatalog catalog() {
    return catalog;
  }

  /** Every alternative known, whatever the Region. */
  public List<Alternative> alternatives() {
    return alternatives.all();
  }

  private static <T> Supplier<T> memoize(Supplier<T> factory) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = factory.get();
        }
        return value;
      }
    };
  }
}
