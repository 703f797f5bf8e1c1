package dev.lmiadvisor.server.tools.regions;

import static dev.lmiadvisor.server.inventory.Schema.bool;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.regions.Alternative;
import dev.lmiadvisor.regions.AvailabilityStatus;
import dev.lmiadvisor.regions.NearbyRegion;
import dev.lmiadvisor.regions.RegionReport;
import dev.lmiadvisor.regions.Source;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import java.util.stream.Collectors;

/**
 * check_region_availability: whether a Region has LMI, as of when and on whose word, and what to
 * use where it has not. The output is the region-availability module's {@link RegionReport}.
 */
public final class CheckRegionAvailability {

  public static final String NAME = "check_region_availability";

  private CheckRegionAvailability() {}

  public static ToolDefinition definition(Services services) {
    return new ToolDefinition(
        NAME,
        "Check LMI availability in a Region",
        "Tells whether AWS Lambda Managed Instances is available in an AWS Region of any partition"
            + " (commercial, China, GovCloud, ...), with the as-of date and sources of that answer."
            + " Where it is missing or unknown, lists the alternatives that exist in that Region"
            + " (ECS/EKS on Fargate, Lambda with provisioned concurrency, EC2 Auto Scaling, App"
            + " Runner), what each keeps and loses, the nearest Regions that have LMI (same"
            + " partition first), and for China what moving to another partition means. With"
            + " live=true it also calls ListCapacityProviders in the Region with the server's AWS"
            + " credentials and reports the result beside the dataset's answer.",
        RegionInputs.TOOLSET,
        Hints.REMOTE_READ,
        object("")
            .required(
                "region",
                string(
                        "AWS Region code, for example cn-north-1 or eu-west-1. Case and surrounding"
                            + " whitespace are ignored; an unknown code is refused with the closest"
                            + " real codes.")
                    .minLength(1)
                    .maxLength(64))
            .optional("feature", RegionInputs.feature())
            .optional(
                "live",
                bool("Also probe the Region live (ListCapacityProviders through the AWS SDK with"
                        + " the server's credentials). Default false: answer from embedded data"
                        + " only.")
                    .defaultValue(false))
            .closed()
            .toMap(),
        RegionInputs.withSourceKinds(OutputSchema.of(NAME, RegionReport.class))
            .values("alternatives.complexity", "low", "medium", "high")
            .nullable("nearest_available_regions.caveat")
            .toMap(),
        request -> {
          RegionReport report =
              services
                  .regions()
                  .check(
                      request.string("region"),
                      request.optionalString("feature").orElse(null),
                      request.optionalBoolean("live").orElse(false));
          return new ToolOutcome(report, text(report));
        });
  }

  /** The report for people and for clients that read only text. */
  public static String text(RegionReport r) {
    StringBuilder text = new StringBuilder();
    AvailabilityStatus status = r.entry().status();
    text.append(
        "%s — %s (%s): %s is %s (as of %s)%n"
            .formatted(
                r.region().code(),
                r.region().name(),
                r.region().partition().id(),
                r.featureName(),
                switch (status) {
                  case AVAILABLE -> "AVAILABLE";
                  case NOT_AVAILABLE -> "NOT AVAILABLE";
                  case UNKNOWN -> "UNKNOWN";
                },
                r.entry().asOf()));
    text.append(r.entry().reason()).append('\n');
    text.append("Sources: ")
        .append(
            r.entry().sources().stream()
                .map(Source::url)
                .distinct()
                .collect(Collectors.joining(", ")))
        .append('\n');
    if (!r.alternatives().isEmpty()) {
      text.append("\nAlternatives that exist in ").append(r.region().code()).append(":\n");
      for (Alternative a : r.alternatives()) {
        text.append("- %s [%s complexity]%n".formatted(a.name(), a.complexity()));
        text.append("  keeps: ").append(String.join("; ", a.keeps())).append('\n');
        text.append("  loses: ").append(String.join("; ", a.loses())).append('\n');
        a.caveats().forEach(c -> text.append("  note: ").append(c).append('\n'));
      }
    }
    if (!r.alternativesNotOffered().isEmpty() && !r.available()) {
      text.append("Not offered here: ")
          .append(
              r.alternativesNotOffered().stream()
                  .map(n -> n.name() + " (" + n.reason() + ")")
                  .collect(Collectors.joining("; ")))
          .append('\n');
    }
    if (!r.nearestAvailable().isEmpty()) {
      text.append("\nNearest Regions with ").append(r.featureName()).append(":\n");
      for (NearbyRegion n : r.nearestAvailable()) {
        text.append(
            "- %s %s, %s%s%n"
                .formatted(
                    n.region().code(),
                    n.region().name(),
                    n.rough()
                        ? "distance rough (broad location)"
                        : "about %,d km".formatted(n.distanceKm()),
                    n.samePartition()
                        ? ""
                        : " (other partition: " + n.region().partition().id() + ")"));
      }
    }
    r.partitionMove()
        .ifPresent(
            move -> {
              text.append('\n').append(move.summary()).append('\n');
              move.considerations()
                  .forEach(
                      c ->
                          text.append("- ")
                              .append(c.topic())
                              .append(": ")
                              .append(c.detail())
                              .append('\n'));
            });
    r.liveProbe()
        .ifPresent(
            probe -> {
              text.append("\nLive probe (")
                  .append(probe.result().outcome())
                  .append("): ")
                  .append(probe.result().detail())
                  .append('\n');
              if (probe.agreesWithDataset().equals(java.util.Optional.of(false))) {
                text.append("The live probe disagrees with the dataset; trust the probe for today")
                    .append(" and report the dataset entry as outdated.\n");
              }
            });
    return text.toString();
  }
}
