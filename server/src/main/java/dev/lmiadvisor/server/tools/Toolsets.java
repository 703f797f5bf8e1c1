package dev.lmiadvisor.server.tools;

import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ResourceDefinition;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.tools.knowledge.AnswerQuestion;
import dev.lmiadvisor.server.tools.knowledge.ReadReference;
import dev.lmiadvisor.server.tools.knowledge.ReferenceResources;
import dev.lmiadvisor.server.tools.knowledge.RouteQuestion;
import dev.lmiadvisor.server.tools.live.AssessFunction;
import dev.lmiadvisor.server.tools.live.InspectDeployment;
import dev.lmiadvisor.server.tools.regions.CheckRegionAvailability;
import dev.lmiadvisor.server.tools.regions.ListRegions;
import dev.lmiadvisor.server.tools.regions.RegionsResource;
import dev.lmiadvisor.server.tools.review.ReviewConfiguration;
import dev.lmiadvisor.server.tools.review.ReviewThreadSafety;
import dev.lmiadvisor.server.tools.sandbox.PlanDeployment;
import dev.lmiadvisor.server.tools.sandbox.QueryAuditLog;
import dev.lmiadvisor.server.tools.sandbox.RunAwsCli;
import dev.lmiadvisor.server.tools.sizing.AssessWorkload;
import dev.lmiadvisor.server.tools.sizing.CompareCosts;
import dev.lmiadvisor.server.tools.sizing.ComputeSizing;
import java.util.ArrayList;
import java.util.List;

/**
 * The toolsets, each a package of one file per tool (its input schema, handler and text), listed
 * here once. This is the only place that knows every tool: the inventory, the transports, the
 * command line and Slack take the {@link Inventory} built here.
 */
public final class Toolsets {

  /** The toolset names, in the order their tools are listed (for {@code --toolsets}). */
  public static final List<String> NAMES =
      List.of("knowledge", "regions", "sizing", "sandbox", "review", "live");

  private Toolsets() {}

  public static Inventory inventory(Services services) {
    List<ToolDefinition> tools =
        List.of(
            RouteQuestion.definition(services),
            AnswerQuestion.definition(services),
            ReadReference.definition(services),
            CheckRegionAvailability.definition(services),
            ListRegions.definition(services),
            AssessWorkload.definition(services),
            ComputeSizing.definition(services),
            CompareCosts.definition(services),
            RunAwsCli.definition(services::sandbox, services::webApprovals),
            PlanDeployment.definition(services::sandbox),
            QueryAuditLog.definition(services::sandbox),
            ReviewConfiguration.definition(services),
            ReviewThreadSafety.definition(services),
            InspectDeployment.definition(services),
            AssessFunction.definition(services));
    List<ResourceDefinition> resources = new ArrayList<>(ReferenceResources.all(services));
    resources.add(RegionsResource.definition(services));
    resources.add(CompareCosts.prices(services));
    return new Inventory(tools, resources, Prompts.all());
  }
}
