package dev.lmiadvisor.tools.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.sizing.HourlyPrices;
import dev.lmiadvisor.tools.sizing.InstanceCatalog;
import dev.lmiadvisor.tools.sizing.InstanceFamily;
import dev.lmiadvisor.tools.sizing.InstanceType;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The embedded, versioned price table ({@code /prices/prices.json}): on-demand Linux EC2 prices of
 * the C, M and R generations per Region, Lambda's rates per Region and architecture, duration
 * tiers, the free tier and savings-plan scenarios. Every entry names a source and the date it was
 * checked; the file itself documents the confidence levels. The prices that the cost reference
 * quotes (m7g.large $0.0816 and m7i.large $0.1008 in us-east-1, section {@code worked-example-lmi})
 * are rows of this table.
 */
public final class PriceTable implements HourlyPrices {

  static final String RESOURCE = "/prices/prices.json";

  private final String json;
  private final String version;
  private final String asOf;
  private final int hoursPerMonth;
  private final Map<String, PriceSource> sources;
  private final InstanceCatalog catalog;
  private final Map<String, Map<String, Ec2Price>> ec2;
  private final Map<String, LambdaRates> lambda;
  private final Map<Architecture, List<DurationTier>> tiers;
  private final long freeRequests;
  private final long freeGbSeconds;
  private final Map<SavingsPlan, Discounts> plans;

  private PriceTable(String json, JsonNode root) {
    this.json = json;
    this.version = text(root, "version");
    this.asOf = text(root, "as_of");
    this.hoursPerMonth = root.path("hours_per_month").asInt();
    this.sources = readSources(root.path("sources"));
    this.catalog = readCatalog(root.path("instance_types"));
    this.ec2 = readEc2(root.path("ec2_on_demand"));
    this.lambda = readLambda(root.path("lambda"));
    this.tiers = readTiers(root.path("lambda_duration_tiers"));
    JsonNode free = root.path("free_tier");
    this.freeRequests = free.path("requests").asLong();
    this.freeGbSeconds = free.path("gb_seconds").asLong();
    this.plans = readPlans(root.path("savings_plans"));
    if (hoursPerMonth <= 0 || ec2.isEmpty() || lambda.isEmpty()) {
      throw new IllegalStateException("price table " + RESOURCE + " is incomplete");
    }
  }

  /** Reads the table embedded in the jar. */
  public static PriceTable load() {
    try (InputStream in = PriceTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("price table " + RESOURCE + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static PriceTable parse(String json) {
    try {
      return new PriceTable(json, new ObjectMapper().readTree(json));
    } catch (IOException e) {
      throw new IllegalStateException("price table is not valid JSON", e);
    }
  }

  /** The file as embedded, for the {@code lmi://prices} resource. */
  public String json() {
    return json;
  }

  public String version() {
    return version;
  }

  public String asOf() {
    return asOf;
  }

  public int hoursPerMonth() {
    return hoursPerMonth;
  }

  public InstanceCatalog catalog() {
    return catalog;
  }

  public List<String> regions() {
    return List.copyOf(ec2.keySet());
  }

  public Map<String, PriceSource> sources() {
    return sources;
  }

  /** The Region's rates, or an error that lists the Regions the table covers. */
  public LambdaRates lambdaRates(String region) {
    LambdaRates rates = lambda.get(region);
    if (rates == null || !ec2.containsKey(region)) {
      throw unknownRegion(region);
    }
    return rates;
  }

  public Optional<Ec2Price> ec2(String region, String instanceType) {
    return Optional.ofNullable(ec2.getOrDefault(region, Map.of()).get(instanceType));
  }

  /** Instance types with an embedded price in the Region. */
  public List<String> pricedTypes(String region) {
    return List.copyOf(ec2.getOrDefault(region, Map.of()).keySet());
  }

  @Override
  public OptionalDouble onDemandHourly(String region, String instanceType) {
    return ec2(region, instanceType)
        .map(p -> OptionalDouble.of(p.usdPerHour()))
        .orElse(OptionalDouble.empty());
  }

  public List<DurationTier> durationTiers(Architecture architecture) {
    return tiers.get(architecture);
  }

  public long freeTierRequests() {
    return freeRequests;
  }

  public long freeTierGbSeconds() {
    return freeGbSeconds;
  }

  public Discounts discounts(SavingsPlan plan) {
    return plans.get(plan);
  }

  UserInputException unknownRegion(String region) {
    return new UserInputException(
        "no prices for region '%s'%s; regions with prices: %s (or check the region id)"
            .formatted(
                region, Suggestions.didYouMean(region, regions()), String.join(", ", regions())));
  }

  private static Map<String, PriceSource> readSources(JsonNode node) {
    Map<String, PriceSource> result = new LinkedHashMap<>();
    node.properties()
        .forEach(
            e ->
                result.put(
                    e.getKey(),
                    new PriceSource(
                        e.getKey(),
                        text(e.getValue(), "title"),
                        text(e.getValue(), "url"),
                        text(e.getValue(), "retrieved"))));
    return Collections.unmodifiableMap(result);
  }

  private static InstanceCatalog readCatalog(JsonNode node) {
    List<InstanceType> types = new ArrayList<>();
    for (JsonNode t : node) {
      types.add(
          new InstanceType(
              text(t, "instance_type"),
              InstanceFamily.valueOf(text(t, "family")),
              text(t, "generation"),
              Architecture.parse(text(t, "architecture")),
              t.path("vcpus").asInt(),
              t.path("memory_gib").asInt() * 1024));
    }
    return new InstanceCatalog(types);
  }

  private Map<String, Map<String, Ec2Price>> readEc2(JsonNode node) {
    Map<String, Map<String, Ec2Price>> result = new LinkedHashMap<>();
    node.properties()
        .forEach(
            region -> {
              Map<String, Ec2Price> prices = new LinkedHashMap<>();
              for (JsonNode p : region.getValue()) {
                String type = text(p, "instance_type");
                if (catalog.find(type).isEmpty()) {
                  throw new IllegalStateException(type + " is priced but not in instance_types");
                }
                String source = text(p, "source");
                prices.put(
                    type,
                    new Ec2Price(
                        region.getKey(),
                        type,
                        p.path("usd_per_hour").asDouble(),
                        source,
                        sourceUrl(source),
                        text(p, "confidence"),
                        text(p, "as_of")));
              }
              result.put(region.getKey(), Collections.unmodifiableMap(prices));
            });
    return Collections.unmodifiableMap(result);
  }

  private static Map<String, LambdaRates> readLambda(JsonNode node) {
    Map<String, LambdaRates> result = new LinkedHashMap<>();
    node.properties()
        .forEach(
            e -> {
              JsonNode r = e.getValue();
              result.put(
                  e.getKey(),
                  new LambdaRates(
                      e.getKey(),
                      r.path("request_usd_per_million").asDouble(),
                      r.path("x86_64_gb_second_usd").asDouble(),
                      r.path("arm64_gb_second_usd").asDouble(),
                      r.path("lmi_request_usd_per_million").asDouble(),
                      r.path("lmi_management_fee_pct").asDouble(),
                      text(r, "request_confidence"),
                      text(r, "duration_source"),
                      text(r, "duration_confidence"),
                      text(r, "as_of")));
            });
    return Collections.unmodifiableMap(result);
  }

  private static Map<Architecture, List<DurationTier>> readTiers(JsonNode node) {
    Map<Architecture, List<DurationTier>> result = new EnumMap<>(Architecture.class);
    for (Architecture architecture : Architecture.values()) {
      List<DurationTier> bands = new ArrayList<>();
      for (JsonNode band : node.path(architecture.id())) {
        JsonNode upTo = band.path("up_to_gb_seconds");
        bands.add(
            new DurationTier(
                upTo.isNull() || upTo.isMissingNode() ? null : upTo.asLong(),
                band.path("discount_pct").asDouble()));
      }
      if (bands.isEmpty() || bands.getLast().upToGbSeconds() != null) {
        throw new IllegalStateException("duration tiers for " + architecture + " must end open");
      }
      result.put(architecture, List.copyOf(bands));
    }
    return result;
  }

  private Map<SavingsPlan, Discounts> readPlans(JsonNode node) {
    Map<SavingsPlan, Discounts> result = new EnumMap<>(SavingsPlan.class);
    for (SavingsPlan plan : SavingsPlan.values()) {
      JsonNode p = node.path(plan.id());
      if (p.isMissingNode()) {
        throw new IllegalStateException("savings plan " + plan + " missing from the price table");
      }
      String source = text(p, "source");
      result.put(
          plan,
          new Discounts(
              plan.id(),
              p.path("ec2_discount_pct").asDouble(),
              p.path("lambda_discount_pct").asDouble(),
              source,
              sourceUrl(source),
              p.path("note").asText("")));
    }
    return result;
  }

  private String sourceUrl(String source) {
    PriceSource known = sources.get(source);
    if (known == null) {
      throw new IllegalStateException("price table cites an unknown source: " + source);
    }
    return known.url();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      throw new IllegalStateException("price table entry lacks '" + field + "': " + node);
    }
    return value.asText();
  }
}
