package dev.lmiadvisor.server.tools;

import static dev.lmiadvisor.server.inventory.Schema.arrayOf;
import static dev.lmiadvisor.server.inventory.Schema.bool;
import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.integer;
import static dev.lmiadvisor.server.inventory.Schema.nullable;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.regions.Alternative;
import dev.lmiadvisor.regions.AlternativeCatalog;
import dev.lmiadvisor.regions.AvailabilityDataset;
import dev.lmiadvisor.regions.AvailabilityEntry;
import dev.lmiadvisor.regions.NearbyRegion;
import dev.lmiadvisor.regions.PartitionMove;
import dev.lmiadvisor.regions.ProbeResult;
import dev.lmiadvisor.regions.RegionAvailabilityService;
import dev.lmiadvisor.regions.RegionReport;
import dev.lmiadvisor.regions.RegionStatus;
import dev.lmiadvisor.regions.Source;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ResourceDefinition;
import dev.lmiadvisor.server.inventory.Schema;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.ToolJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * check_region_availability, list_regions and the {@code lmi://regions} resource over the
 * region-availability module.
 */
public final class RegionTools {

  private static final String TOOLSET = "regions";
  static final String REGIONS_URI = "lmi://regions";

  private RegionTools() {}

  public static List<ToolDefinition> all(Services services) {
    return List.of(checkRegionAvailability(services), listRegions(services));
  }

  public static List<ResourceDefinition> resources(Services services) {
    return List.of(regionsResource(services));
  }

  // ---- output records: their fields become the snake_case JSON of structuredContent ----

  /** Output of check_region_availability. */
  public record AvailabilityResult(
      String region,
      String regionName,
      String partition,
      String partitionName,
      String feature,
      String featureName,
      boolean available,
      String status,
      String asOf,
      String availableSince,
      String reason,
      List<SourceRef> sources,
      List<AlternativeResult> alternatives,
      List<NotOfferedResult> alternativesNotOffered,
      List<NearbyResult> nearestAvailableRegions,
      CrossPartitionResult crossPartitionMove,
      ProbeOutput liveProbe,
      String datasetVersion) {}

  public record SourceRef(
      String id, String title, String url, String published, String checked, String kind) {}

  public record AlternativeResult(
      String id,
      String name,
      List<String> services,
      String complexity,
      String complexityReason,
      List<String> keeps,
      List<String> loses,
      List<String> caveats,
      List<SourceRef> sources) {}

  public record NotOfferedResult(String id, String name, String reason) {}

  public record NearbyResult(
      String region,
      String regionName,
      String partition,
      long distanceKm,
      boolean roughDistance,
      boolean samePartition,
      String caveat) {}

  public record CrossPartitionResult(
      String fromPartition, String summary, List<ConsiderationResult> considerations) {}

  public record ConsiderationResult(String topic, String detail, List<SourceRef> sources) {}

  public record ProbeOutput(
      String outcome,
      Boolean operationExists,
      Boolean agreesWithDataset,
      String detail,
      String endpoint,
      Integer httpStatus,
      String errorCode,
      String requestId,
      String checkedAt) {}

  /** Output of list_regions. */
  public record RegionListResult(
      String feature, String datasetVersion, int count, List<RegionLine> regions) {}

  public record RegionLine(
      String region, String regionName, String partition, String status, String asOf) {}

  // ---- schemas: fresh builders per use, since Schema is mutable ----

  private static Schema regionCode(String description) {
    return string(description).minLength(1).maxLength(64);
  }

  private static Schema status() {
    return enumOf(
        "available: sources say the feature is there; not_available: sources say it is not;"
            + " unknown: no source settles it (the reason says why).",
        "available",
        "not_available",
        "unknown");
  }

  private static Schema date(String description) {
    return string(description).pattern("^\\d{4}-\\d{2}-\\d{2}$");
  }

  private static Schema sourceList(String description) {
    return arrayOf(
        object("A document the statement rests on.")
            .required("id", string("Source id."))
            .required("title", string("What the document is."))
            .required("url", string("Where to read it."))
            .required("published", nullable(date("Date of the statement, when known.")))
            .required("checked", date("When it was last re-read."))
            .required(
                "kind",
                enumOf("primary: AWS docs, What's New or SDK metadata.", "primary", "secondary"))
            .asSchema(),
        description);
  }

  private static Schema featureInput() {
    return string(
            "Feature to check; default lambda-managed-instances (the only one so far)."
                + " Case and surrounding whitespace are ignored.")
        .minLength(1)
        .maxLength(64)
        .defaultValue(RegionAvailabilityService.DEFAULT_FEATURE);
  }

  static ToolDefinition checkRegionAvailability(Services services) {
    return new ToolDefinition(
        "check_region_availability",
        "Check LMI availability in a Region",
        "Tells whether AWS Lambda Managed Instances is available in an AWS Region of any partition"
            + " (commercial, China, GovCloud, ...), with the as-of date and sources of that answer."
            + " Where it is missing or unknown, lists the alternatives that exist in that Region"
            + " (ECS/EKS on Fargate, Lambda with provisioned concurrency, EC2 Auto Scaling, App"
            + " Runner), what each keeps and loses, the nearest Regions that have LMI (same"
            + " partition first), and for China what moving to another partition means. With"
            + " live=true it also calls ListCapacityProviders in the Region with the server's AWS"
            + " credentials and reports the result beside the dataset's answer.",
        TOOLSET,
        Hints.REMOTE_READ,
        object("")
            .required(
                "region",
                regionCode(
                    "AWS Region code, for example cn-north-1 or eu-west-1. Case and surrounding"
                        + " whitespace are ignored; an unknown code is refused with the closest"
                        + " real codes."))
            .optional("feature", featureInput())
            .optional(
                "live",
                bool("Also probe the Region live (ListCapacityProviders through the AWS SDK with"
                        + " the server's credentials). Default false: answer from embedded data"
                        + " only.")
                    .defaultValue(false))
            .closed()
            .toMap(),
        object("")
            .required("region", string("The Region code."))
            .required("region_name", string("The Region's name, as the AWS SDK gives it."))
            .required("partition", string("The partition: aws, aws-cn, aws-us-gov, ..."))
            .required("partition_name", string("The partition's name."))
            .required("feature", string("Feature id."))
            .required("feature_name", string("Feature name."))
            .required("available", bool("True only when status is available."))
            .required("status", status())
            .required("as_of", date("Date of the newest statement the status rests on."))
            .required(
                "available_since", nullable(date("When the feature reached the Region, if known.")))
            .required("reason", string("Why the sources lead to this status."))
            .required("sources", sourceList("The statements behind the status."))
            .required(
                "alternatives",
                arrayOf(
                    object("An alternative that exists in this Region.")
                        .required("id", string("Alternative id."))
                        .required("name", string("Alternative name."))
                        .required("services", arrayOf(string(null), "AWS services it uses."))
                        .required(
                            "complexity",
                            enumOf("Effort compared with LMI.", "low", "medium", "high"))
                        .required("complexity_reason", string("Why that effort."))
                        .required("keeps", arrayOf(string(null), "What it keeps of LMI."))
                        .required("loses", arrayOf(string(null), "What it gives up."))
                        .required(
                            "caveats",
                            arrayOf(string(null), "What to know first, Region limits included."))
                        .required("sources", sourceList("Where its availability comes from."))
                        .asSchema(),
                    "Alternatives that exist in the Region; empty when the feature is available."))
            .required(
                "alternatives_not_offered",
                arrayOf(
                    object("An alternative that does not exist here, or is not confirmed here.")
                        .required("id", string("Alternative id."))
                        .required("name", string("Alternative name."))
                        .required("reason", string("Why it is not offered."))
                        .asSchema(),
                    "The other alternatives, each with the reason."))
            .required(
                "nearest_available_regions",
                arrayOf(
                    object("A Region where the feature is available.")
                        .required("region", string("Region code."))
                        .required("region_name", string("Region name."))
                        .required("partition", string("Its partition."))
                        .required(
                            "distance_km",
                            integer("Approximate great-circle distance in km.").min(0))
                        .required(
                            "rough_distance",
                            bool(
                                "True when AWS gives only a broad location for one of the Regions,"
                                    + " so the distance may be off by hundreds of km."))
                        .required(
                            "same_partition",
                            bool("False means another partition: other accounts and endpoints."))
                        .required(
                            "caveat",
                            nullable(string("Why crossing the partition matters, when it does.")))
                        .asSchema(),
                    "Nearest Regions with the feature: same partition first, then others."))
            .required(
                "cross_partition_move",
                nullable(
                    object("What moving to a Region of another partition means.")
                        .required("from_partition", string("The partition being left."))
                        .required("summary", string("One sentence."))
                        .required(
                            "considerations",
                            arrayOf(
                                object("One thing that changes.")
                                    .required("topic", string("Short heading."))
                                    .required("detail", string("What changes, what to do."))
                                    .required("sources", sourceList("Where it comes from."))
                                    .asSchema(),
                                "What changes."))
                        .asSchema()))
            .required(
                "live_probe",
                nullable(
                    object("What the live ListCapacityProviders call saw (live=true only).")
                        .required(
                            "outcome",
                            enumOf(
                                "supported and not_supported settle it; the others are"
                                    + " inconclusive.",
                                "supported",
                                "not_supported",
                                "auth_failed",
                                "no_credentials",
                                "network_error",
                                "service_error"))
                        .required(
                            "operation_exists",
                            nullable(bool("Whether the LMI API exists there; null if unsettled.")))
                        .required(
                            "agrees_with_dataset",
                            nullable(
                                bool(
                                    "Whether the probe agrees with status; null if either is"
                                        + " inconclusive.")))
                        .required("detail", string("What happened, for a person."))
                        .required("endpoint", string("Endpoint called."))
                        .required("http_status", nullable(integer("HTTP status, if answered.")))
                        .required("error_code", nullable(string("AWS error code, if any.")))
                        .required("request_id", nullable(string("AWS request id, if any.")))
                        .required("checked_at", string("When the probe ran (ISO-8601 UTC)."))
                        .asSchema()))
            .required("dataset_version", string("Version of the availability dataset."))
            .toMap(),
        request -> {
          RegionReport report =
              services
                  .regions()
                  .check(
                      request.string("region"),
                      request.optionalString("feature").orElse(null),
                      request.optionalBoolean("live").orElse(false));
          AvailabilityResult result = toResult(report);
          return new ToolOutcome(result, RegionText.of(result));
        });
  }

  static ToolDefinition listRegions(Services services) {
    return new ToolDefinition(
        "list_regions",
        "List Regions with LMI status",
        "Lists every AWS Region the server knows, in every partition, with the Lambda Managed"
            + " Instances status (available, not_available, unknown) and its as-of date. Filter by"
            + " partition (aws, aws-cn, aws-us-gov, ...) and by availability. Use"
            + " check_region_availability for sources, alternatives and nearest Regions.",
        TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .optional(
                "partition",
                string(
                        "Only this partition, for example aws, aws-cn or aws-us-gov; an unknown one"
                            + " is refused with the list of known partitions.")
                    .minLength(1)
                    .maxLength(32))
            .optional(
                "available",
                bool(
                    "true: only Regions where the feature is available; false: only where it is"
                        + " not available or unknown."))
            .optional("feature", featureInput())
            .closed()
            .toMap(),
        object("")
            .required("feature", string("Feature id."))
            .required("dataset_version", string("Version of the availability dataset."))
            .required("count", integer("How many Regions are listed.").min(0))
            .required(
                "regions",
                arrayOf(
                    object("One Region.")
                        .required("region", string("Region code."))
                        .required("region_name", string("Region name."))
                        .required("partition", string("Partition."))
                        .required("status", status())
                        .required("as_of", date("Date of the statement the status rests on."))
                        .asSchema(),
                    "Regions, by partition then code."))
            .toMap(),
        request -> {
          RegionAvailabilityService regions = services.regions();
          String feature = request.optionalString("feature").orElse(null);
          AvailabilityDataset dataset = regions.dataset(feature);
          List<RegionLine> lines =
              regions
                  .list(
                      request.optionalString("partition").orElse(null),
                      request.optionalBoolean("available").orElse(null),
                      feature)
                  .stream()
                  .map(RegionTools::toLine)
                  .toList();
          RegionListResult result =
              new RegionListResult(dataset.feature(), dataset.version(), lines.size(), lines);
          return new ToolOutcome(result, RegionText.of(result, dataset.featureName()));
        });
  }

  /** Everything in the dataset, for clients that read resources rather than call tools. */
  public record RegionsDocument(
      String feature,
      String featureName,
      String datasetVersion,
      String compiled,
      List<RegionEntry> regions) {}

  public record RegionEntry(
      String region,
      String regionName,
      String partition,
      String status,
      String asOf,
      String availableSince,
      String reason,
      List<SourceRef> sources) {}

  static ResourceDefinition regionsResource(Services services) {
    return new ResourceDefinition(
        REGIONS_URI,
        "regions",
        "LMI availability by Region",
        "Every AWS Region in every partition with its Lambda Managed Instances status, as-of date,"
            + " reason and sources (JSON).",
        "application/json",
        () -> {
          RegionAvailabilityService regions = services.regions();
          AvailabilityDataset dataset = regions.dataset(null);
          List<RegionEntry> entries =
              regions.list(null, null, null).stream()
                  .map(
                      s ->
                          new RegionEntry(
                              s.region().code(),
                              s.region().name(),
                              s.region().partition().id(),
                              s.entry().status().id(),
                              s.entry().asOf().toString(),
                              s.entry().availableSince().map(LocalDate::toString).orElse(null),
                              s.entry().reason(),
                              sources(s.entry().sources())))
                  .toList();
          RegionsDocument document =
              new RegionsDocument(
                  dataset.feature(),
                  dataset.featureName(),
                  dataset.version(),
                  dataset.compiled().toString(),
                  entries);
          return List.of(
              new ResourceDefinition.Contents(
                  REGIONS_URI, "application/json", ToolJson.pretty(document)));
        });
  }

  // ---- mapping from the domain ----

  static AvailabilityResult toResult(RegionReport report) {
    AvailabilityEntry entry = report.entry();
    return new AvailabilityResult(
        report.region().code(),
        report.region().name(),
        report.region().partition().id(),
        report.region().partition().name(),
        report.feature(),
        report.featureName(),
        report.available(),
        entry.status().id(),
        entry.asOf().toString(),
        entry.availableSince().map(LocalDate::toString).orElse(null),
        entry.reason(),
        sources(entry.sources()),
        report.alternatives().stream().map(RegionTools::toAlternative).toList(),
        report.alternativesNotOffered().stream().map(RegionTools::toNotOffered).toList(),
        report.nearestAvailable().stream().map(RegionTools::toNearby).toList(),
        report.partitionMove().map(RegionTools::toMove).orElse(null),
        report.probe().map(p -> toProbe(p, report.probeAgreesWithDataset())).orElse(null),
        report.datasetVersion());
  }

  private static List<SourceRef> sources(List<Source> sources) {
    return sources.stream()
        .map(
            s ->
                new SourceRef(
                    s.id(),
                    s.title(),
                    s.url(),
                    s.published().map(LocalDate::toString).orElse(null),
                    s.checked().toString(),
                    s.kind()))
        .toList();
  }

  private static AlternativeResult toAlternative(Alternative a) {
    return new AlternativeResult(
        a.id(),
        a.name(),
        a.services(),
        a.complexity(),
        a.complexityReason(),
        a.keeps(),
        a.loses(),
        a.caveats(),
        sources(a.sources()));
  }

  private static NotOfferedResult toNotOffered(AlternativeCatalog.NotOffered n) {
    return new NotOfferedResult(n.id(), n.name(), n.reason());
  }

  private static NearbyResult toNearby(NearbyRegion n) {
    return new NearbyResult(
        n.region().code(),
        n.region().name(),
        n.region().partition().id(),
        n.distanceKm(),
        n.rough(),
        n.samePartition(),
        caveat(n));
  }

  private static String caveat(NearbyRegion n) {
    List<String> caveats = new java.util.ArrayList<>();
    if (!n.samePartition()) {
      caveats.add(
          "Another partition (%s): a separate account and credentials, other ARNs and endpoints."
              .formatted(n.region().partition().id()));
    }
    if (n.rough()) {
      caveats.add("Rough distance: AWS gives only a broad location for one of the two Regions.");
    }
    return caveats.isEmpty() ? null : String.join(" ", caveats);
  }

  private static CrossPartitionResult toMove(PartitionMove move) {
    return new CrossPartitionResult(
        move.partition(),
        move.summary(),
        move.considerations().stream()
            .map(c -> new ConsiderationResult(c.topic(), c.detail(), sources(c.sources())))
            .toList());
  }

  private static ProbeOutput toProbe(ProbeResult p, Optional<Boolean> agrees) {
    return new ProbeOutput(
        p.outcome().id(),
        p.outcome().operationExists().orElse(null),
        agrees.orElse(null),
        p.detail(),
        p.endpoint(),
        p.httpStatus().orElse(null),
        p.errorCode().orElse(null),
        p.requestId().orElse(null),
        p.checkedAt().toString());
  }

  private static RegionLine toLine(RegionStatus s) {
    return new RegionLine(
        s.region().code(),
        s.region().name(),
        s.region().partition().id(),
        s.entry().status().id(),
        s.entry().asOf().toString());
  }

  /** Renders results as text for people and for clients that read only text. */
  public static final class RegionText {
    private RegionText() {}

    public static String of(AvailabilityResult r) {
      StringBuilder text = new StringBuilder();
      text.append(
          "%s — %s (%s): %s is %s (as of %s)%n"
              .formatted(
                  r.region(),
                  r.regionName(),
                  r.partition(),
                  r.featureName(),
                  switch (r.status()) {
                    case "available" -> "AVAILABLE";
                    case "not_available" -> "NOT AVAILABLE";
                    default -> "UNKNOWN";
                  },
                  r.asOf()));
      text.append(r.reason()).append('\n');
      text.append("Sources: ")
          .append(
              r.sources().stream().map(SourceRef::url).distinct().collect(Collectors.joining(", ")))
          .append('\n');
      if (!r.alternatives().isEmpty()) {
        text.append("\nAlternatives that exist in ").append(r.region()).append(":\n");
        for (AlternativeResult a : r.alternatives()) {
          text.append("- %s [%s complexity]%n".formatted(a.name(), a.complexity()));
          text.append("  keeps: ").append(String.join("; ", a.keeps())).append('\n');
          text.append("  loses: ").append(String.join("; ", a.loses())).append('\n');
          a.caveats().forEach(c -> text.append("  note: ").append(c).append('\n'));
        }
      }
      if (!r.alternativesNotOffered().isEmpty() && !r.available()) {
        text.append("Not offered here: ");
        text.append(
            r.alternativesNotOffered().stream()
                .map(n -> n.name() + " (" + n.reason() + ")")
                .collect(Collectors.joining("; ")));
        text.append('\n');
      }
      if (!r.nearestAvailableRegions().isEmpty()) {
        text.append("\nNearest Regions with ").append(r.featureName()).append(":\n");
        for (NearbyResult n : r.nearestAvailableRegions()) {
          text.append(
              "- %s %s, %s%s%n"
                  .formatted(
                      n.region(),
                      n.regionName(),
                      n.roughDistance()
                          ? "distance rough (broad location)"
                          : "about %,d km".formatted(n.distanceKm()),
                      n.samePartition() ? "" : " (other partition: " + n.partition() + ")"));
        }
      }
      if (r.crossPartitionMove() != null) {
        text.append('\n').append(r.crossPartitionMove().summary()).append('\n');
        r.crossPartitionMove()
            .considerations()
            .forEach(
                c ->
                    text.append("- ")
                        .append(c.topic())
                        .append(": ")
                        .append(c.detail())
                        .append('\n'));
      }
      if (r.liveProbe() != null) {
        text.append("\nLive probe (")
            .append(r.liveProbe().outcome())
            .append("): ")
            .append(r.liveProbe().detail())
            .append('\n');
        if (Boolean.FALSE.equals(r.liveProbe().agreesWithDataset())) {
          text.append("The live probe disagrees with the dataset; trust the probe for today and")
              .append(" report the dataset entry as outdated.\n");
        }
      }
      return text.toString();
    }

    public static String of(RegionListResult r, String featureName) {
      StringBuilder text = new StringBuilder();
      text.append(
          "%d Regions, %s status (dataset %s):%n"
              .formatted(r.count(), featureName, r.datasetVersion()));
      for (RegionLine line : r.regions()) {
        text.append(
            "%-16s %-14s %-14s as of %s  %s%n"
                .formatted(
                    line.region(),
                    line.partition(),
                    line.status(),
                    line.asOf(),
                    line.regionName()));
      }
      return text.toString();
    }
  }
}
