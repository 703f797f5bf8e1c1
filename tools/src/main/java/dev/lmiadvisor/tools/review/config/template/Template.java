package dev.lmiadvisor.tools.review.config.template;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Intrinsic;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Scalar;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed SAM or CloudFormation template (or a fragment of one): its resources, parameters and SAM
 * globals, and the few lookups the rules need — which resource a {@code !Ref} or {@code !GetAtt}
 * points at, and what literal value a node has once a {@code !Ref} to a parameter is replaced by
 * the parameter's default.
 */
public final class Template {

  /** Logical id used for a fragment that has no resource name. */
  public static final String FRAGMENT_ID = "(fragment)";

  private static final Pattern SUB_REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9]+)(\\.[^}]*)?}");

  /** Properties that identify what a bare properties fragment belongs to. */
  private static final Set<String> FUNCTION_KEYS =
      Set.of(
          "CapacityProviderConfig",
          "Runtime",
          "Handler",
          "MemorySize",
          "FunctionScalingConfig",
          "PublishToLatestPublished",
          "Environment");

  private static final Set<String> CFN_PROVIDER_KEYS =
      Set.of("PermissionsConfig", "CapacityProviderScalingConfig");
  private static final Set<String> SAM_PROVIDER_KEYS = Set.of("OperatorRole", "ScalingConfig");

  private final TemplateShape shape;
  private final Map<String, Resource> resources;
  private final Mapping parameters;
  private final Optional<Mapping> samFunctionGlobals;

  private Template(
      TemplateShape shape,
      Map<String, Resource> resources,
      Mapping parameters,
      Optional<Mapping> samFunctionGlobals) {
    this.shape = shape;
    this.resources = resources;
    this.parameters = parameters;
    this.samFunctionGlobals = samFunctionGlobals;
  }

  /**
   * Recognises a whole template, a set of resources, one resource, or the properties of one
   * resource.
   *
   * @throws UserInputException when the document is none of these
   */
  public static Template of(TemplateNode root) {
    if (!(root instanceof Mapping document)) {
      throw new UserInputException(
          "this is not a SAM or CloudFormation template: the document must be a mapping with a"
              + " Resources section (a single resource or its properties also work)");
    }
    Mapping noParameters = new Mapping(List.of(), document.line());
    if (document.has("Resources")) {
      Mapping resources =
          document
              .mapping("Resources")
              .orElseThrow(
                  () ->
                      new UserInputException(
                          "'Resources' (line %d) must be a mapping of logical ids to resources"
                              .formatted(document.lineOf("Resources"))));
      Mapping globals =
          document.mapping("Globals").flatMap(g -> g.mapping("Function")).orElse(null);
      return new Template(
          TemplateShape.TEMPLATE,
          resourcesOf(resources),
          document.mapping("Parameters").orElse(noParameters),
          Optional.ofNullable(globals));
    }
    if (document.get("Type").filter(Template::isResourceType).isPresent()) {
      Resource single = resourceOf(FRAGMENT_ID, document, document.line());
      return fragment(TemplateShape.RESOURCES, Map.of(FRAGMENT_ID, single), noParameters);
    }
    if (!document.entries().isEmpty()
        && document.entries().stream()
            .allMatch(
                e ->
                    e.value() instanceof Mapping m
                        && m.get("Type").filter(Template::isResourceType).isPresent())) {
      return fragment(TemplateShape.RESOURCES, resourcesOf(document), noParameters);
    }
    Optional<String> type = propertiesFragmentType(document);
    if (type.isPresent()) {
      Resource single = new Resource(FRAGMENT_ID, type.get(), document, document.line());
      return fragment(TemplateShape.PROPERTIES, Map.of(FRAGMENT_ID, single), noParameters);
    }
    throw new UserInputException(
        "no resources found: a template needs a Resources section (a single resource with Type and"
            + " Properties, or a function's or capacity provider's properties, also work)");
  }

  private static Template fragment(
      TemplateShape shape, Map<String, Resource> resources, Mapping parameters) {
    return new Template(shape, resources, parameters, Optional.empty());
  }

  private static boolean isResourceType(TemplateNode node) {
    return node instanceof Scalar s && s.text().contains("::");
  }

  private static Map<String, Resource> resourcesOf(Mapping resources) {
    Map<String, Resource> result = new LinkedHashMap<>();
    for (Mapping.Entry entry : resources.entries()) {
      if (entry.value() instanceof Mapping definition) {
        result.put(entry.key(), resourceOf(entry.key(), definition, entry.keyLine()));
      }
    }
    return result;
  }

  private static Resource resourceOf(String logicalId, Mapping definition, int line) {
    String type =
        definition
            .get("Type")
            .filter(Scalar.class::isInstance)
            .map(n -> ((Scalar) n).text())
            .orElse("");
    Mapping properties =
        definition.mapping("Properties").orElse(new Mapping(List.of(), definition.line()));
    return new Resource(logicalId, type, properties, line);
  }

  /** Guesses the resource type of a bare properties fragment from the properties it shows. */
  private static Optional<String> propertiesFragmentType(Mapping document) {
    Optional<Mapping> capacityConfig = document.mapping("CapacityProviderConfig");
    if (capacityConfig.isPresent()) {
      return Optional.of(
          capacityConfig.get().has("LambdaManagedInstancesCapacityProviderConfig")
              ? ResourceTypes.LAMBDA_FUNCTION
              : ResourceTypes.SERVERLESS_FUNCTION);
    }
    if (document.entries().stream().anyMatch(e -> CFN_PROVIDER_KEYS.contains(e.key()))) {
      return Optional.of(ResourceTypes.LAMBDA_CAPACITY_PROVIDER);
    }
    if (document.entries().stream().anyMatch(e -> SAM_PROVIDER_KEYS.contains(e.key()))) {
      return Optional.of(ResourceTypes.SERVERLESS_CAPACITY_PROVIDER);
    }
    if (document.entries().stream().anyMatch(e -> FUNCTION_KEYS.contains(e.key()))) {
      return Optional.of(ResourceTypes.LAMBDA_FUNCTION);
    }
    return Optional.empty();
  }

  public TemplateShape shape() {
    return shape;
  }

  public List<Resource> resources() {
    return List.copyOf(resources.values());
  }

  public List<Resource> resourcesOfType(String... types) {
    List<Resource> result = new ArrayList<>();
    for (Resource resource : resources.values()) {
      for (String type : types) {
        if (resource.is(type)) {
          result.add(resource);
        }
      }
    }
    return result;
  }

  public Optional<Resource> resource(String logicalId) {
    return Optional.ofNullable(resources.get(logicalId));
  }

  /** {@code Globals: Function:} of a SAM template. */
  public Optional<Mapping> samFunctionGlobals() {
    return samFunctionGlobals;
  }

  public boolean isParameter(String name) {
    return parameters.has(name);
  }

  public Optional<Mapping> parameter(String name) {
    return parameters.mapping(name);
  }

  /**
   * The logical id a value points at: {@code !Ref X}, {@code !GetAtt X.Arn} or a {@code !Sub}
   * string naming {@code ${X}} / {@code ${X.Arn}} alone. Parameters and pseudo parameters are not
   * logical ids of resources, but are returned too; check with {@link #resource} or {@link
   * #isParameter}.
   */
  public static Optional<String> referencedId(TemplateNode node) {
    if (node instanceof Intrinsic intrinsic) {
      switch (intrinsic.function()) {
        case "Ref" -> {
          return textOf(intrinsic.argument());
        }
        case "Fn::GetAtt" -> {
          if (intrinsic.argument() instanceof Sequence seq && !seq.items().isEmpty()) {
            return textOf(seq.items().getFirst());
          }
          return Optional.empty();
        }
        case "Fn::Sub" -> {
          Optional<String> text =
              intrinsic.argument() instanceof Sequence seq && !seq.items().isEmpty()
                  ? textOf(seq.items().getFirst())
                  : textOf(intrinsic.argument());
          return text.flatMap(
              t -> {
                Matcher m = SUB_REFERENCE.matcher(t.strip());
                return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
              });
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> textOf(TemplateNode node) {
    return node instanceof Scalar s ? Optional.of(s.text()) : Optional.empty();
  }

  /** The resource a value points at, when that resource is in this template. */
  public Optional<Resource> referencedResource(TemplateNode node) {
    return referencedId(node).flatMap(this::resource);
  }

  /**
   * The value as a literal: the node itself when it is a scalar or sequence, or the default of the
   * parameter a {@code !Ref} names.
   */
  public Optional<Resolved> resolve(TemplateNode node) {
    if (node instanceof Intrinsic intrinsic && intrinsic.function().equals("Ref")) {
      Optional<String> name = textOf(intrinsic.argument());
      if (name.isPresent()) {
        Optional<TemplateNode> fallback = parameter(name.get()).flatMap(p -> p.get("Default"));
        return fallback
            .filter(d -> !(d instanceof Intrinsic))
            .map(d -> new Resolved(d, Optional.of(name.get())));
      }
      return Optional.empty();
    }
    if (node instanceof Intrinsic) {
      return Optional.empty();
    }
    return Optional.of(new Resolved(node, Optional.empty()));
  }

  /** A number, directly or through a parameter default. */
  public Optional<Double> number(TemplateNode node) {
    return resolve(node).flatMap(r -> r.node() instanceof Scalar s ? s.number() : Optional.empty());
  }

  /** A string, directly or through a parameter default. */
  public Optional<String> text(TemplateNode node) {
    return resolve(node)
        .flatMap(
            r ->
                r.node() instanceof Scalar s && s.kind() != Scalar.Kind.NULL
                    ? Optional.of(s.text())
                    : Optional.empty());
  }

  /** A boolean, directly or through a parameter default. */
  public Optional<Boolean> bool(TemplateNode node) {
    return resolve(node).flatMap(r -> r.node() instanceof Scalar s ? s.bool() : Optional.empty());
  }

  /**
   * A literal value and, when it came from a parameter's default, that parameter's name (a
   * deployment may override it).
   */
  public record Resolved(TemplateNode node, Optional<String> viaParameter) {}
}
