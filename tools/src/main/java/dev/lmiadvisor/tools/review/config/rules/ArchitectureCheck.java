package dev.lmiadvisor.tools.review.config.rules;

import dev.lmiadvisor.tools.review.config.ConfigurationRule;
import dev.lmiadvisor.tools.review.config.template.Resource;
import dev.lmiadvisor.tools.review.config.template.Template;
import dev.lmiadvisor.tools.review.config.template.TemplateNode;
import dev.lmiadvisor.tools.review.config.template.TemplateShape;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import java.util.List;
import java.util.Optional;

/**
 * CFG-PROVIDER-NOT-FOUND, CFG-ARCH-MISMATCH, CFG-ARCH-IMPLICIT, CFG-INSTANCE-ARCH,
 * CFG-INSTANCE-LISTS and CFG-INSTANCE-FAMILY.
 *
 * <p>A capacity provider runs exactly one architecture, {@code x86_64} by default, and a function
 * is {@code x86_64} unless it sets {@code Architectures} (<a
 * href="https://docs.aws.amazon.com/lambda/latest/api/API_InstanceRequirements.html">InstanceRequirements</a>,
 * <a
 * href="https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html">CreateFunction</a>,
 * as of 2026-11-21). Allowed and excluded instance type lists are mutually exclusive (<a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-capacity-providers.html">Capacity
 * providers</a>).
 */
final class ArchitectureCheck implements TemplateCheck {

  static final String DEFAULT_ARCHITECTURE = Architecture.X86_64.id();

  @Override
  public void check(ReviewedTemplate template, Findings findings) {
    for (LambdaFunction function : template.lmiFunctions()) {
      checkFunction(template, function, findings);
    }
    for (CapacityProvider provider : template.providers()) {
      checkInstanceTypes(template.template(), provider, findings);
    }
  }

  private void checkFunction(
      ReviewedTemplate reviewed, LambdaFunction function, Findings findings) {
    Template template = reviewed.template();
    Optional<CapacityProvider> provider = reviewed.providerOf(function);
    Optional<String> target = function.providerArn().flatMap(Template::referencedId);
    int arnLine = function.lmiSettingLine(function.sam() ? "Arn" : "CapacityProviderArn");
    if (provider.isEmpty() && target.isPresent()) {
      Optional<Resource> other = template.resource(target.get());
      if (other.isPresent()) {
        findings.add(
            ConfigurationRule.PROVIDER_NOT_FOUND,
            function.id(),
            arnLine,
            "The capacity provider ARN points at %s, a resource of type %s, not a capacity provider."
                .formatted(target.get(), other.get().type()),
            "Point it at an AWS::Serverless::CapacityProvider or AWS::Lambda::CapacityProvider"
                + " (for example !GetAtt MyCapacityProvider.Arn) or at a parameter holding the"
                + " provider's ARN.");
      } else if (reviewed.shape() == TemplateShape.TEMPLATE
          && !template.isParameter(target.get())
          && !target.get().startsWith("AWS::")) {
        findings.add(
            ConfigurationRule.PROVIDER_NOT_FOUND,
            function.id(),
            arnLine,
            "The capacity provider ARN refers to %s, which is neither a resource nor a parameter of this template."
                .formatted(target.get()),
            "Declare the capacity provider in this template, or add a parameter named %s that takes its ARN."
                .formatted(target.get()));
      }
    }
    Optional<TemplateNode> declared = function.get("Architectures");
    String functionArchitecture =
        declared.flatMap(node -> first(template, node)).orElse(DEFAULT_ARCHITECTURE);
    if (provider.isPresent()) {
      String providerArchitecture = architectureOf(template, provider.get());
      if (!functionArchitecture.equals(providerArchitecture)) {
        findings.add(
            ConfigurationRule.ARCHITECTURE_MISMATCH,
            function.id(),
            declared.isPresent()
                ? function.lineOf("Architectures")
                : function.lineOf("CapacityProviderConfig"),
            "The function is %s%s but its capacity provider %s runs %s instances; the version cannot run there."
                .formatted(
                    functionArchitecture,
                    declared.isPresent() ? "" : " (the default, Architectures is not set)",
                    provider.get().id(),
                    providerArchitecture),
            "Set Architectures: [%s] on the function and build its package, layers and native modules for %s, or use a %s capacity provider."
                .formatted(providerArchitecture, providerArchitecture, functionArchitecture));
      }
    } else if (declared.isEmpty() && reviewed.shape() != TemplateShape.PROPERTIES) {
      findings.add(
          ConfigurationRule.ARCHITECTURE_IMPLICIT,
          function.id(),
          function.lineOf("CapacityProviderConfig"),
          "Architectures is not set, so the function is x86_64, and its capacity provider is not in"
              + " this template; if the provider runs arm64 (Graviton) the version cannot run on it.",
          "Set Architectures to the provider's architecture ([arm64] or [x86_64]) explicitly.");
    }
  }

  private void checkInstanceTypes(Template template, CapacityProvider provider, Findings findings) {
    Optional<TemplateNode> architectures = provider.architectures();
    String architecture = architectureOf(template, provider);
    int requirementsLine = provider.lineOf("InstanceRequirements");
    if (architectures.isPresent()) {
      Optional<List<TemplateNode>> items = Values.items(template, architectures.get());
      if (items.isPresent() && items.get().size() != 1) {
        findings.add(
            ConfigurationRule.INSTANCE_TYPE_ARCHITECTURE,
            provider.id(),
            architectures.get().line(),
            "InstanceRequirements.Architectures has %d items; a capacity provider runs exactly one architecture."
                .formatted(items.get().size()),
            "Keep one of x86_64 or arm64, and create a second capacity provider for the other.");
      }
    }
    List<String> allowed =
        provider
            .allowedTypes()
            .flatMap(n -> Values.items(template, n))
            .map(i -> Values.texts(template, i))
            .orElse(List.of());
    List<String> excluded =
        provider
            .excludedTypes()
            .flatMap(n -> Values.items(template, n))
            .map(i -> Values.texts(template, i))
            .orElse(List.of());
    boolean arm = architecture.equals(Architecture.ARM64.id());
    List<String> wrongArchitecture =
        allowed.stream()
            .filter(InstanceTypes::isRecognised)
            .filter(type -> InstanceTypes.isGraviton(type) != arm)
            .toList();
    if (!wrongArchitecture.isEmpty()) {
      findings.add(
          ConfigurationRule.INSTANCE_TYPE_ARCHITECTURE,
          provider.id(),
          requirementsLine,
          "%s lists %s, which %s, but the provider's architecture is %s%s."
              .formatted(
                  provider.allowedTypesName(),
                  String.join(", ", wrongArchitecture),
                  arm ? "are x86_64 types" : "are Graviton (arm64) types",
                  architecture,
                  architectures.isPresent() ? "" : " (the default, Architectures is not set)"),
          arm
              ? "Allow only Graviton types (a 'g' after the generation, e.g. m7g, c7g, r7g) on an arm64 provider."
              : "Set InstanceRequirements.Architectures: [arm64] for Graviton types, or allow x86_64 types (e.g. m7i, c7i, r7i).");
    }
    if (!allowed.isEmpty() && !excluded.isEmpty()) {
      findings.add(
          ConfigurationRule.INSTANCE_TYPE_LISTS,
          provider.id(),
          requirementsLine,
          "Both %s and %s are set; a capacity provider takes one list or the other."
              .formatted(provider.allowedTypesName(), provider.excludedTypesName()),
          "Keep %s to pin types (for example to match a Savings Plan) or %s to avoid a few; remove the other."
              .formatted(provider.allowedTypesName(), provider.excludedTypesName()));
    }
    List<String> otherFamilies =
        allowed.stream()
            .filter(InstanceTypes::isRecognised)
            .filter(type -> !InstanceTypes.isLmiFamily(type))
            .toList();
    if (!otherFamilies.isEmpty()) {
      findings.add(
          ConfigurationRule.INSTANCE_FAMILY,
          provider.id(),
          requirementsLine,
          "%s lists %s; LMI offers general purpose (M), compute optimized (C) and memory optimized (R) instance types."
              .formatted(provider.allowedTypesName(), String.join(", ", otherFamilies)),
          "Allow M, C or R types (several sizes and families, so Lambda can find capacity in every Availability Zone).");
    }
  }

  static String architectureOf(Template template, CapacityProvider provider) {
    return provider
        .architectures()
        .flatMap(node -> first(template, node))
        .orElse(DEFAULT_ARCHITECTURE);
  }

  private static Optional<String> first(Template template, TemplateNode node) {
    return Values.items(template, node)
        .flatMap(items -> items.isEmpty() ? Optional.empty() : template.text(items.getFirst()));
  }
}
