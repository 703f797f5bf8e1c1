package dev.lmiadvisor.server.tools.regions;

import dev.lmiadvisor.regions.AvailabilityDataset;
import dev.lmiadvisor.regions.RegionAvailabilityService;
import dev.lmiadvisor.regions.RegionStatus;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.ResourceDefinition;
import dev.lmiadvisor.server.output.ToolJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code lmi://regions}: the whole dataset, for clients that read resources, not tools. */
public final class RegionsResource {

  public static final String URI = "lmi://regions";

  private RegionsResource() {}

  public static ResourceDefinition definition(Services services) {
    return new ResourceDefinition(
        URI,
        "regions",
        "LMI availability by Region",
        "Every AWS Region in every partition with its Lambda Managed Instances status, as-of date,"
            + " reason and sources (JSON).",
        "application/json",
        () -> {
          RegionAvailabilityService regions = services.regions();
          AvailabilityDataset dataset = regions.dataset(null);
          Map<String, Object> document = new LinkedHashMap<>();
          document.put("feature", dataset.feature());
          document.put("feature_name", dataset.featureName());
          document.put("dataset_version", dataset.version());
          document.put("compiled", dataset.compiled());
          document.put(
              "regions",
              regions.list(null, null, null).stream().map(RegionsResource::entry).toList());
          return List.of(
              new ResourceDefinition.Contents(URI, "application/json", ToolJson.pretty(document)));
        });
  }

  /** A Region's line with everything its dataset entry says (status, date, reason, sources). */
  private static Map<String, Object> entry(RegionStatus status) {
    Map<String, Object> entry = ToolJson.toMap(status);
    ToolJson.toMap(status.entry()).forEach(entry::putIfAbsent);
    return entry;
  }
}
