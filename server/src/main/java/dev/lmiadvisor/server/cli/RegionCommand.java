package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.inventory.ToolRequest;
import dev.lmiadvisor.server.output.ToolJson;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lmi-advisor region cn-north-1}: LMI status of a Region with alternatives and nearest
 * Regions; without a Region, the list of Regions. Reuses the tool handlers of the inventory.
 */
@Command(
    name = "region",
    description = {
      "Is Lambda Managed Instances available in a Region? If not, what exists there instead.",
      "Without REGION: list every Region with its status (--partition, --available filter it)."
    })
public final class RegionCommand implements Callable<Integer> {

  @ParentCommand LmiAdvisor parent;

  @Parameters(
      arity = "0..1",
      paramLabel = "REGION",
      description = "Region code, for example cn-north-1 or eu-west-1.")
  String region;

  @Option(
      names = "--feature",
      description = "Feature to check (default: lambda-managed-instances).")
  String feature;

  @Option(
      names = "--live",
      description =
          "Also call ListCapacityProviders in the Region with your AWS credentials (default chain).")
  boolean live;

  @Option(
      names = "--partition",
      description = "With no REGION: only this partition (aws, aws-cn, aws-us-gov, ...).")
  String partition;

  @Option(
      names = "--available",
      arity = "1",
      paramLabel = "true|false",
      description = "With no REGION: only Regions where the feature is (true) or is not (false).")
  Boolean available;

  @Option(names = "--json", description = "Print the tool result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    Map<String, Object> arguments = new HashMap<>();
    if (feature != null) {
      arguments.put("feature", feature);
    }
    String tool;
    if (region != null) {
      if (partition != null || available != null) {
        throw new IllegalArgumentException(
            "--partition and --available filter the list; drop them or drop the REGION");
      }
      tool = "check_region_availability";
      arguments.put("region", region);
      arguments.put("live", live);
    } else {
      if (live) {
        throw new IllegalArgumentException("--live needs a REGION to probe");
      }
      tool = "list_regions";
      if (partition != null) {
        arguments.put("partition", partition);
      }
      if (available != null) {
        arguments.put("available", available);
      }
    }
    ToolOutcome outcome =
        parent
            .inventory()
            .tool(tool)
            .orElseThrow(
                () -> new IllegalArgumentException(tool + " is not enabled (see --toolsets)"))
            .handler()
            .handle(new ToolRequest(arguments, Caller.commandLine()));
    System.out.println(json ? ToolJson.pretty(outcome.structured()) : outcome.text());
    return 0;
  }
}
