package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.ResourceTypes;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import java.util.Optional;

/**
 * An {@code AWS::Lambda::CapacityProvider} or {@code AWS::Serverless::CapacityProvider}. The two
 * dialects name the same settings differently; this class knows both spellings.
 *
 * <table>
 *   <tr><th>setting</th><th>CloudFormation</th><th>SAM</th></tr>
 *   <tr><td>operator role</td><td>PermissionsConfig.CapacityProviderOperatorRoleArn</td><td>OperatorRole</td></tr>
 *   <tr><td>scaling</td><td>CapacityProviderScalingConfig</td><td>ScalingConfig</td></tr>
 *   <tr><td>instance types</td><td>AllowedInstanceTypes / ExcludedInstanceTypes</td><td>AllowedTypes / ExcludedTypes</td></tr>
 * </table>
 */
record CapacityProvider(Resource resource, boolean sam) {

  static CapacityProvider of(Resource resource) {
    return new CapacityProvider(resource, resource.is(ResourceTypes.SERVERLESS_CAPACITY_PROVIDER));
  }

  String id() {
    return resource.logicalId();
  }

  Mapping properties() {
    return resource.properties();
  }

  Optional<TemplateNode> subnetIds() {
    return properties().at("VpcConfig", "SubnetIds");
  }

  Optional<TemplateNode> securityGroupIds() {
    return properties().at("VpcConfig", "SecurityGroupIds");
  }

  Optional<TemplateNode> operatorRole() {
    return sam
        ? properties().get("OperatorRole")
        : properties().at("PermissionsConfig", "CapacityProviderOperatorRoleArn");
  }

  Optional<Mapping> instanceRequirements() {
    return properties().mapping("InstanceRequirements");
  }

  Optional<TemplateNode> architectures() {
    return properties().at("InstanceRequirements", "Architectures");
  }

  String allowedTypesName() {
    return sam ? "AllowedTypes" : "AllowedInstanceTypes";
  }

  String excludedTypesName() {
    return sam ? "ExcludedTypes" : "ExcludedInstanceTypes";
  }

  Optional<TemplateNode> allowedTypes() {
    return properties().at("InstanceRequirements", allowedTypesName());
  }

  Optional<TemplateNode> excludedTypes() {
    return properties().at("InstanceRequirements", excludedTypesName());
  }

  String scalingBlockName() {
    return sam ? "ScalingConfig" : "CapacityProviderScalingConfig";
  }

  Optional<Mapping> scaling() {
    return properties().mapping(scalingBlockName());
  }

  Optional<TemplateNode> maxVCpuCount() {
    return scaling().flatMap(s -> s.get("MaxVCpuCount"));
  }

  int lineOf(String property) {
    return resource.lineOf(property);
  }
}
