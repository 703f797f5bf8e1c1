package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.ResourceTypes;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@code AWS::Lambda::Function} or {@code AWS::Serverless::Function}, read the same way
 * whichever dialect declared it. A SAM function's properties include what {@code Globals:
 * Function:} sets.
 *
 * <p>SAM nests the LMI settings directly in {@code CapacityProviderConfig} ({@code Arn}, ...);
 * CloudFormation nests them one level deeper, in {@code
 * CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig} ({@code
 * CapacityProviderArn}, ...).
 */
record LambdaFunction(Resource resource, boolean sam, Mapping properties) {

  static final String RATIO = "ExecutionEnvironmentMemoryGiBPerVCpu";
  static final String CONCURRENCY = "PerExecutionEnvironmentMaxConcurrency";
  static final String CFN_INNER_BLOCK = "LambdaManagedInstancesCapacityProviderConfig";

  static LambdaFunction of(Resource resource, Optional<Mapping> samGlobals) {
    boolean sam = resource.is(ResourceTypes.SERVERLESS_FUNCTION);
    Mapping properties = resource.properties();
    if (sam && samGlobals.isPresent()) {
      properties = merge(samGlobals.get(), properties);
    }
    return new LambdaFunction(resource, sam, properties);
  }

  /**
   * SAM globals: a function's own value wins; mappings (such as {@code Environment}) are merged key
   * by key.
   */
  private static Mapping merge(Mapping globals, Mapping own) {
    List<Mapping.Entry> merged = new ArrayList<>();
    for (Mapping.Entry global : globals.entries()) {
      Optional<Mapping.Entry> local = own.entry(global.key());
      if (local.isEmpty()) {
        merged.add(global);
      } else if (global.value() instanceof Mapping g && local.get().value() instanceof Mapping l) {
        merged.add(new Mapping.Entry(global.key(), local.get().keyLine(), merge(g, l)));
      } else {
        merged.add(local.get());
      }
    }
    for (Mapping.Entry entry : own.entries()) {
      if (!globals.has(entry.key())) {
        merged.add(entry);
      }
    }
    return new Mapping(merged, own.line());
  }

  String id() {
    return resource.logicalId();
  }

  /** Whether the function runs on a capacity provider. */
  boolean isLmi() {
    return properties.has("CapacityProviderConfig");
  }

  Optional<TemplateNode> get(String property) {
    return properties.get(property);
  }

  int lineOf(String property) {
    return properties.entry(property).map(Mapping.Entry::keyLine).orElse(resource.line());
  }

  /**
   * The mapping that holds the ratio, the concurrency and the provider ARN, in either dialect (also
   * when the template used the other dialect's nesting by mistake).
   */
  Optional<Mapping> lmiSettings() {
    Optional<Mapping> outer = properties.mapping("CapacityProviderConfig");
    if (outer.isEmpty()) {
      return Optional.empty();
    }
    return outer.get().mapping(CFN_INNER_BLOCK).or(() -> outer);
  }

  Optional<TemplateNode> lmiSetting(String name) {
    return lmiSettings().flatMap(s -> s.get(name));
  }

  int lmiSettingLine(String name) {
    return lmiSettings().map(s -> s.lineOf(name)).orElse(lineOf("CapacityProviderConfig"));
  }

  /**
   * The capacity provider ARN: {@code Arn} in SAM, {@code CapacityProviderArn} in CloudFormation.
   */
  Optional<TemplateNode> providerArn() {
    return lmiSetting("Arn").or(() -> lmiSetting("CapacityProviderArn"));
  }
}
