package dev.lmiadvisor.regions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One feature's Region availability, from a versioned data file such as {@code
 * lmi-availability.json}: for each Region a status, the date of the statement it rests on, and the
 * sources.
 *
 * <p>A Region the SDK knows but the file does not list (after an SDK upgrade, for example) is
 * answered {@code unknown}: it may have launched after the newest statement in the file, which then
 * cannot speak for it.
 */
public final class AvailabilityDataset {

  private final String version;
  private final String feature;
  private final String featureName;
  private final LocalDate compiled;
  private final Map<String, AvailabilityEntry> entries;
  private final List<Source> datasetSource;

  private AvailabilityDataset(
      String version,
      String feature,
      String featureName,
      LocalDate compiled,
      Map<String, AvailabilityEntry> entries,
      List<Source> datasetSource) {
    this.version = version;
    this.feature = feature;
    this.featureName = featureName;
    this.compiled = compiled;
    this.entries = Map.copyOf(entries);
    this.datasetSource = datasetSource;
  }

  static AvailabilityDataset load(String fileName, RegionCatalog catalog, SourceLibrary sources) {
    return from(DataFile.read(fileName), catalog, sources);
  }

  /**
   * Reads and checks a dataset: each entry names a Region the catalog knows, once; its status is
   * one of the three; it cites at least one known source; its dates are not after the date the file
   * was compiled, and a feature is not available before it launched there.
   */
  static AvailabilityDataset from(DataFile file, RegionCatalog catalog, SourceLibrary sources) {
    JsonNode root = file.root();
    LocalDate compiled = file.date(root, "compiled");
    Map<String, AvailabilityEntry> entries = new HashMap<>();
    for (JsonNode node : file.array(root, "regions")) {
      String region = file.text(node, "region");
      if (!catalog.isKnown(region)) {
        throw file.problem(
            "lists " + region + ", which the AWS SDK on the classpath does not know");
      }
      AvailabilityStatus status;
      try {
        status = AvailabilityStatus.fromId(file.text(node, "status"));
      } catch (IllegalArgumentException e) {
        throw file.problem(region + ": " + e.getMessage());
      }
      LocalDate asOf = file.date(node, "as_of");
      Optional<LocalDate> since = file.optionalDate(node, "available_since");
      List<String> cited = file.texts(node, "sources");
      if (cited.isEmpty()) {
        throw file.problem(region + " cites no source");
      }
      if (asOf.isAfter(compiled)) {
        throw file.problem(region + " is as of " + asOf + ", after the file's date " + compiled);
      }
      if (since.isPresent()
          && (status != AvailabilityStatus.AVAILABLE || since.get().isAfter(asOf))) {
        throw file.problem(region + ": available_since needs status available and a date <= as_of");
      }
      AvailabilityEntry entry =
          new AvailabilityEntry(
              region,
              status,
              asOf,
              since,
              sources.cited(file, cited),
              file.text(node, "reason"),
              true);
      if (entries.put(region, entry) != null) {
        throw file.problem(region + " appears twice");
      }
    }
    return new AvailabilityDataset(
        file.text(root, "dataset_version"),
        file.text(root, "feature"),
        file.text(root, "feature_name"),
        compiled,
        entries,
        sources.cited(file, List.of("sdk-java-v2-2.40.2-metadata")));
  }

  /** The dataset's answer for a Region: its entry, or {@code unknown} when it is not listed. */
  public AvailabilityEntry entryFor(RegionInfo region) {
    AvailabilityEntry entry = entries.get(region.code());
    if (entry != null) {
      return entry;
    }
    return new AvailabilityEntry(
        region.code(),
        AvailabilityStatus.UNKNOWN,
        compiled,
        Optional.empty(),
        datasetSource,
        "%s is not in the %s dataset %s (compiled %s). It is probably newer than the statements the dataset rests on, which therefore cannot speak for it."
            .formatted(region.code(), featureName, version, compiled),
        false);
  }

  /** Whether the file lists the Region itself (rather than falling back to unknown). */
  public boolean lists(String regionCode) {
    return entries.containsKey(regionCode);
  }

  public String version() {
    return version;
  }

  /** Feature id, for example {@code lambda-managed-instances}. */
  public String feature() {
    return feature;
  }

  public String featureName() {
    return featureName;
  }

  public LocalDate compiled() {
    return compiled;
  }
}
