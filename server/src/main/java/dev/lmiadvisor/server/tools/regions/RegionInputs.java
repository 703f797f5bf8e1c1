package dev.lmiadvisor.server.tools.regions;

import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.regions.RegionAvailabilityService;
import dev.lmiadvisor.server.inventory.Schema;
import dev.lmiadvisor.server.output.OutputSchema;

/** What the Region tools share: the feature argument and the text fields with fixed values. */
final class RegionInputs {

  static final String TOOLSET = "regions";

  private RegionInputs() {}

  static Schema feature() {
    return string(
            "Feature to check; default lambda-managed-instances (the only one so far)."
                + " Case and surrounding whitespace are ignored.")
        .minLength(1)
        .maxLength(64)
        .defaultValue(RegionAvailabilityService.DEFAULT_FEATURE);
  }

  /** The sources' kind, wherever sources are listed. */
  static OutputSchema withSourceKinds(OutputSchema schema) {
    return schema.values("*.kind", "primary", "secondary");
  }
}
