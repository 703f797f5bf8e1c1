package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.ResourceTypes;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateShape;
import java.util.List;
import java.util.Optional;

/** A template with its functions and capacity providers read in both dialects. */
final class ReviewedTemplate {

  private final Template template;
  private final List<LambdaFunction> functions;
  private final List<CapacityProvider> providers;

  ReviewedTemplate(Template template) {
    this.template = template;
    this.functions =
        template
            .resourcesOfType(ResourceTypes.LAMBDA_FUNCTION, ResourceTypes.SERVERLESS_FUNCTION)
            .stream()
            .map(r -> LambdaFunction.of(r, template.samFunctionGlobals()))
            .toList();
    this.providers =
        template
            .resourcesOfType(
                ResourceTypes.LAMBDA_CAPACITY_PROVIDER, ResourceTypes.SERVERLESS_CAPACITY_PROVIDER)
            .stream()
            .map(CapacityProvider::of)
            .toList();
  }

  Template template() {
    return template;
  }

  TemplateShape shape() {
    return template.shape();
  }

  boolean isFragment() {
    return template.shape().isFragment();
  }

  List<LambdaFunction> functions() {
    return functions;
  }

  List<LambdaFunction> lmiFunctions() {
    return functions.stream().filter(LambdaFunction::isLmi).toList();
  }

  List<CapacityProvider> providers() {
    return providers;
  }

  /** The capacity provider a function's ARN points at, when it is in this template. */
  Optional<CapacityProvider> providerOf(LambdaFunction function) {
    return function
        .providerArn()
        .flatMap(template::referencedResource)
        .flatMap(r -> providers.stream().filter(p -> p.resource().equals(r)).findFirst());
  }

  /** The functions whose ARN points at this provider. */
  List<LambdaFunction> functionsOn(CapacityProvider provider) {
    return lmiFunctions().stream()
        .filter(f -> providerOf(f).filter(p -> p.equals(provider)).isPresent())
        .toList();
  }

  Optional<Resource> resource(String logicalId) {
    return template.resource(logicalId);
  }
}
