package dev.lmiadvisor.regions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The alternatives of {@code alternatives.json}, and which of them exist in a given Region.
 *
 * <p>An alternative is offered in a Region only when both hold:
 *
 * <ol>
 *   <li>every service it needs has an endpoint there in the AWS SDK's endpoint metadata, and
 *   <li>its {@code offered_in} rule covers the Region: an explicit Region list taken from the
 *       service's documentation (Fargate), or the partitions where a source confirms the feature.
 * </ol>
 *
 * Anything else is listed as not offered, with the reason, so nobody is sent to a service that is
 * not there.
 */
public final class AlternativeCatalog {

  private static final Set<String> COMPLEXITIES = Set.of("low", "medium", "high");

  private final List<Definition> definitions;
  private final ServiceEndpoints endpoints;

  private AlternativeCatalog(List<Definition> definitions, ServiceEndpoints endpoints) {
    this.definitions = List.copyOf(definitions);
    this.endpoints = endpoints;
  }

  static AlternativeCatalog load(RegionCatalog catalog, SourceLibrary sources) {
    return from(DataFile.read("alternatives.json"), catalog, sources, ServiceEndpoints.fromSdk());
  }

  static AlternativeCatalog from(
      DataFile file, RegionCatalog catalog, SourceLibrary sources, ServiceEndpoints endpoints) {
    List<Definition> definitions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode node : file.array(file.root(), "alternatives")) {
      String id = file.text(node, "id");
      if (!ids.add(id)) {
        throw file.problem("alternative " + id + " appears twice");
      }
      String complexity = file.text(node, "complexity");
      if (!COMPLEXITIES.contains(complexity)) {
        throw file.problem(id + ": complexity must be low, medium or high");
      }
      Alternative alternative =
          new Alternative(
              id,
              file.text(node, "name"),
              file.texts(node, "services"),
              complexity,
              file.text(node, "complexity_reason"),
              file.texts(node, "keeps"),
              file.texts(node, "loses"),
              file.texts(node, "caveats"),
              sources.cited(file, file.texts(node, "sources")));
      if (alternative.sources().isEmpty()) {
        throw file.problem(id + " cites no source");
      }
      JsonNode offeredIn = node.path("offered_in");
      Set<String> regions = new HashSet<>();
      if (offeredIn.has("regions")) {
        for (String region : file.texts(offeredIn, "regions")) {
          if (!catalog.isKnown(region)) {
            throw file.problem(
                id + " is offered in " + region + ", which the AWS SDK does not know");
          }
          regions.add(region);
        }
      }
      Set<String> partitions =
          offeredIn.has("partitions") ? Set.copyOf(file.texts(offeredIn, "partitions")) : Set.of();
      for (String partition : partitions) {
        if (!partition.equals("*")
            && catalog.partitions().stream().noneMatch(p -> p.id().equals(partition))) {
          throw file.problem(
              id + " names partition " + partition + ", which the AWS SDK does not know");
        }
      }
      if (regions.isEmpty() && partitions.isEmpty()) {
        throw file.problem(id + ": offered_in needs regions or partitions");
      }
      Map<String, String> regionCaveats = textMap(file, node, "region_caveats");
      regionCaveats.keySet().stream()
          .filter(r -> !catalog.isKnown(r))
          .findFirst()
          .ifPresent(
              r -> {
                throw file.problem(
                    id + " has a caveat for " + r + ", which the AWS SDK does not know");
              });
      definitions.add(
          new Definition(
              alternative,
              file.texts(node, "sdk_endpoints"),
              regions,
              partitions,
              file.optionalText(node, "unconfirmed_reason").orElse(""),
              regionCaveats,
              textMap(file, node, "partition_caveats")));
    }
    return new AlternativeCatalog(definitions, endpoints);
  }

  private static Map<String, String> textMap(DataFile file, JsonNode node, String field) {
    Map<String, String> map = new LinkedHashMap<>();
    node.path(field)
        .properties()
        .forEach(e -> map.put(e.getKey(), file.text(node.path(field), e.getKey())));
    return map;
  }

  /** Every alternative, whether or not it exists in a given Region. */
  public List<Alternative> all() {
    return definitions.stream().map(Definition::alternative).toList();
  }

  /**
   * Which alternatives exist in the Region, with Region-specific caveats, and which do not, why.
   */
  public Choices choicesFor(RegionInfo region) {
    List<Alternative> offered = new ArrayList<>();
    List<NotOffered> notOffered = new ArrayList<>();
    for (Definition definition : definitions) {
      Optional<String> missing = definition.whyMissing(region, endpoints);
      if (missing.isPresent()) {
        notOffered.add(
            new NotOffered(
                definition.alternative.id(), definition.alternative.name(), missing.get()));
      } else {
        offered.add(definition.withCaveatsFor(region));
      }
    }
    return new Choices(offered, notOffered);
  }

  /**
   * @param offered alternatives that exist in the Region, caveats included
   * @param notOffered the others, each with the reason
   */
  public record Choices(List<Alternative> offered, List<NotOffered> notOffered) {
    public Choices {
      offered = List.copyOf(offered);
      notOffered = List.copyOf(notOffered);
    }
  }

  /** An alternative that does not exist in a Region, or is not confirmed there. */
  public record NotOffered(String id, String name, String reason) {}

  private record Definition(
      Alternative alternative,
      List<String> sdkEndpoints,
      Set<String> regions,
      Set<String> partitions,
      String unconfirmedReason,
      Map<String, String> regionCaveats,
      Map<String, String> partitionCaveats) {

    Optional<String> whyMissing(RegionInfo region, ServiceEndpoints endpoints) {
      for (String prefix : sdkEndpoints) {
        if (!endpoints.has(prefix, region.code())) {
          return Optional.of(
              "no '%s' endpoint in %s in the AWS SDK's endpoint metadata: the service is not offered there"
                  .formatted(prefix, region.code()));
        }
      }
      boolean covered =
          regions.contains(region.code())
              || partitions.contains("*")
              || partitions.contains(region.partition().id());
      if (!covered) {
        return Optional.of(
            unconfirmedReason.isBlank() ? "not offered in " + region.code() : unconfirmedReason);
      }
      return Optional.empty();
    }

    Alternative withCaveatsFor(RegionInfo region) {
      List<String> caveats = new ArrayList<>(alternative.caveats());
      Optional.ofNullable(regionCaveats.get(region.code())).ifPresent(caveats::add);
      Optional.ofNullable(partitionCaveats.get(region.partition().id())).ifPresent(caveats::add);
      return new Alternative(
          alternative.id(),
          alternative.name(),
          alternative.services(),
          alternative.complexity(),
          alternative.complexityReason(),
          alternative.keeps(),
          alternative.loses(),
          caveats,
          alternative.sources());
    }
  }
}
