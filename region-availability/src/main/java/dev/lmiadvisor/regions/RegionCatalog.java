package dev.lmiadvisor.regions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lmiadvisor.errors.UserInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

/**
 * Every Region of every partition that the AWS SDK for Java v2 on the classpath knows ({@link
 * Region#regions()} with its {@link RegionMetadata} and {@link PartitionMetadata}), with display
 * names and the approximate locations of {@code region-locations.json}.
 *
 * <p>Global pseudo-Regions such as {@code aws-global} are left out: nothing runs there.
 *
 * <p>Other modules can reuse it to validate Region codes:
 *
 * <pre>{@code
 * RegionCatalog regions = RegionCatalog.standard();
 * regions.isKnown(" EU-West-1 ");      // true: case and surrounding whitespace are ignored
 * regions.closest("us-east-9");        // [us-east-1, us-east-2, us-west-1]
 * regions.require("us-east-9");        // UserInputException:
 *                                      // unknown region 'us-east-9'; did you mean us-east-1? ...
 * }</pre>
 */
public final class RegionCatalog {

  /** Longest input echoed back in an error message; Region codes are far shorter. */
  static final int MAX_CODE_LENGTH = 64;

  private static volatile RegionCatalog standard;

  private final Map<String, RegionInfo> byCode;
  private final Map<String, Partition> partitions;
  private final RegionSuggestions suggestions;

  RegionCatalog(List<RegionInfo> regions) {
    Map<String, RegionInfo> codes = new LinkedHashMap<>();
    regions.stream()
        .sorted(
            Comparator.comparing((RegionInfo r) -> r.partition().id())
                .thenComparing(RegionInfo::code))
        .forEach(r -> codes.put(r.code(), r));
    this.byCode = java.util.Collections.unmodifiableMap(codes);
    Map<String, Partition> parts = new LinkedHashMap<>();
    codes.values().forEach(r -> parts.putIfAbsent(r.partition().id(), r.partition()));
    this.partitions = java.util.Collections.unmodifiableMap(parts);
    this.suggestions = new RegionSuggestions(codes.values());
  }

  /** The catalog of the SDK on the classpath, built once. */
  public static RegionCatalog standard() {
    RegionCatalog result = standard;
    if (result == null) {
      synchronized (RegionCatalog.class) {
        result = standard;
        if (result == null) {
          result = fromSdk(Region.regions(), DataFile.read("region-locations.json"));
          standard = result;
        }
      }
    }
    return result;
  }

  /**
   * Builds the catalog from the SDK's Regions and checks the locations file against it: each Region
   * must have exactly one location entry, each entry must name a Region the SDK knows, and each
   * code must match its partition's own Region pattern.
   */
  static RegionCatalog fromSdk(List<Region> sdkRegions, DataFile locationsFile) {
    Map<String, Optional<Location>> locations = readLocations(locationsFile);
    List<RegionInfo> regions = new ArrayList<>();
    for (Region region : sdkRegions) {
      if (region.isGlobalRegion()) {
        continue;
      }
      RegionMetadata metadata = region.metadata();
      if (metadata == null) {
        throw new IllegalStateException("the AWS SDK lists " + region.id() + " without metadata");
      }
      PartitionMetadata partition = metadata.partition();
      if (!region.id().matches(partition.regionRegex())) {
        throw new IllegalStateException(
            region.id() + " does not match the Region pattern of partition " + partition.id());
      }
      Optional<Location> location = locations.remove(region.id());
      if (location == null) {
        throw locationsFile.problem(
            "has no entry for " + region.id() + ", which the AWS SDK knows; add its location");
      }
      regions.add(
          new RegionInfo(
              region.id(),
              metadata.description(),
              new Partition(partition.id(), partition.name(), partition.dnsSuffix()),
              location));
    }
    if (!locations.isEmpty()) {
      throw locationsFile.problem(
          "lists " + locations.keySet() + ", which the AWS SDK on the classpath does not know");
    }
    return new RegionCatalog(regions);
  }

  private static Map<String, Optional<Location>> readLocations(DataFile file) {
    Map<String, Optional<Location>> locations = new HashMap<>();
    for (JsonNode node : file.array(file.root(), "regions")) {
      String code = file.text(node, "region");
      String precision = file.text(node, "precision");
      Optional<Location> location =
          "unpublished".equals(precision)
              ? Optional.empty()
              : Optional.of(
                  new Location(
                      file.text(node, "place"),
                      node.path("latitude").asDouble(Double.NaN),
                      node.path("longitude").asDouble(Double.NaN),
                      precision));
      location.ifPresent(
          l -> {
            if (Double.isNaN(l.latitude()) || Double.isNaN(l.longitude())) {
              throw file.problem(code + " needs latitude and longitude, or precision unpublished");
            }
          });
      if (locations.put(code, location) != null) {
        throw file.problem(code + " appears twice");
      }
    }
    return locations;
  }

  /** Trims and lower-cases a code as typed by a person; {@code null} stays {@code null}. */
  public static String normalize(String code) {
    return code == null ? null : code.strip().toLowerCase(Locale.ROOT);
  }

  /** All Regions, ordered by partition, then code. */
  public List<RegionInfo> all() {
    return List.copyOf(byCode.values());
  }

  /** The partitions that have at least one Region, in catalog order. */
  public List<Partition> partitions() {
    return List.copyOf(partitions.values());
  }

  public Optional<RegionInfo> find(String code) {
    return Optional.ofNullable(code).map(RegionCatalog::normalize).map(byCode::get);
  }

  /** Whether the SDK knows this Region code, ignoring case and surrounding whitespace. */
  public boolean isKnown(String code) {
    return find(code).isPresent();
  }

  /** Up to three real Region codes that look most like the input, best first. */
  public List<String> closest(String code) {
    return closest(code, 3);
  }

  /**
   * Real Region codes that look most like the input (edit distance, or a match on the Region's
   * name, such as {@code tokyo} for {@code ap-northeast-1}), best first; empty when nothing is
   * close.
   */
  public List<String> closest(String code, int limit) {
    return suggestions.closest(normalize(code == null ? "" : code), limit);
  }

  /**
   * The Region for a code a person typed.
   *
   * @throws UserInputException naming the input and the closest real codes when the code is
   *     missing, malformed or unknown
   */
  public RegionInfo require(String code) {
    if (code == null || code.isBlank()) {
      throw new UserInputException("region is required: give a Region code such as us-east-1");
    }
    String normalized = normalize(code);
    RegionInfo region = byCode.get(normalized);
    if (region != null) {
      return region;
    }
    if (normalized.length() > MAX_CODE_LENGTH) {
      throw new UserInputException(
          "region code is too long (%d characters); Region codes look like us-east-1"
              .formatted(normalized.length()));
    }
    String shown = printable(normalized);
    List<String> close = closest(normalized, 3);
    String hint =
        switch (close.size()) {
          case 0 -> "no known Region code is close to it";
          case 1 -> "did you mean " + close.getFirst() + "?";
          default ->
              "did you mean "
                  + close.getFirst()
                  + "? Other close codes: "
                  + String.join(", ", close.subList(1, close.size()))
                  + ".";
        };
    String what = looksLikeRegionCode(normalized) ? "unknown region" : "malformed region code";
    throw new UserInputException(
        "%s '%s'; %s Region codes look like us-east-1 or cn-north-1.".formatted(what, shown, hint));
  }

  /**
   * The partition with this id.
   *
   * @throws UserInputException listing the known partitions when the id is unknown
   */
  public Partition requirePartition(String id) {
    String normalized = normalize(id);
    Partition partition = normalized == null ? null : partitions.get(normalized);
    if (partition == null) {
      throw new UserInputException(
          "unknown partition '%s'; known partitions: %s"
              .formatted(
                  printable(String.valueOf(id)),
                  partitions.keySet().stream().collect(Collectors.joining(", "))));
    }
    return partition;
  }

  /** A code shaped like one of the SDK's partitions' Region patterns, such as us-east-9. */
  private boolean looksLikeRegionCode(String code) {
    return code.matches("[a-z]{2,4}(-[a-z]+)+-\\d{1,2}");
  }

  /** The input as it may be echoed: control characters replaced, at most 64 characters. */
  static String printable(String input) {
    String cleaned =
        input
            .codePoints()
            .map(c -> Character.isISOControl(c) ? '?' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return cleaned.length() <= MAX_CODE_LENGTH
        ? cleaned
        : cleaned.substring(0, MAX_CODE_LENGTH) + "...";
  }
}
