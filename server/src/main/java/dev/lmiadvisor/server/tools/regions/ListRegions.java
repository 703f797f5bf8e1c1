package dev.lmiadvisor.server.tools.regions;

import static dev.lmiadvisor.server.inventory.Schema.bool;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.regions.AvailabilityDataset;
import dev.lmiadvisor.regions.RegionAvailabilityService;
import dev.lmiadvisor.regions.RegionStatus;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import java.util.List;

/** list_regions: every Region the server knows, with the LMI status of each. */
public final class ListRegions {

  public static final String NAME = "list_regions";

  /** The filtered list, with the dataset it comes from. */
  public record Output(
      String feature, String datasetVersion, int count, List<RegionStatus> regions) {}

  private ListRegions() {}

  public static ToolDefinition definition(Services services) {
    return new ToolDefinition(
        NAME,
        "List Regions with LMI status",
        "Lists every AWS Region the server knows, in every partition, with the Lambda Managed"
            + " Instances status (available, not_available, unknown) and its as-of date. Filter by"
            + " partition (aws, aws-cn, aws-us-gov, ...) and by availability. Use"
            + " check_region_availability for sources, alternatives and nearest Regions.",
        RegionInputs.TOOLSET,
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
            .optional("feature", RegionInputs.feature())
            .closed()
            .toMap(),
        OutputSchema.of(NAME, Output.class).toMap(),
        request -> {
          RegionAvailabilityService regions = services.regions();
          String feature = request.optionalString("feature").orElse(null);
          AvailabilityDataset dataset = regions.dataset(feature);
          List<RegionStatus> lines =
              regions.list(
                  request.optionalString("partition").orElse(null),
                  request.optionalBoolean("available").orElse(null),
                  feature);
          Output output = new Output(dataset.feature(), dataset.version(), lines.size(), lines);
          return new ToolOutcome(output, text(output, dataset.featureName()));
        });
  }

  static String text(Output r, String featureName) {
    StringBuilder text = new StringBuilder();
    text.append(
        "%d Regions, %s status (dataset %s):%n"
            .formatted(r.count(), featureName, r.datasetVersion()));
    for (RegionStatus line : r.regions()) {
      text.append(
          "%-16s %-14s %-14s as of %s  %s%n"
              .formatted(
                  line.region().code(),
                  line.region().partition().id(),
                  line.status(),
                  line.asOf(),
                  line.region().name()));
    }
    return text.toString();
  }
}
