package dev.lmiadvisor.tools.cost;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.sizing.InstanceType;
import dev.lmiadvisor.tools.vocabulary.Suggestions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the on-demand price of an instance type: live from AWS when the operator enabled it and AWS
 * answers, otherwise from the embedded table. A failed live lookup is never fatal; it falls back to
 * the table and says so.
 */
public final class InstancePricer {

  public static final String LIVE_SOURCE = "aws-price-list-api";
  private static final Pattern INSTANCE_NAME = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9-]+");

  private final PriceTable table;
  private final Optional<LivePrices> live;
  private final Clock clock;

  /** A price and what happened while finding it. */
  public record Quote(Ec2Price price, List<String> warnings) {}

  public InstancePricer(PriceTable table, Optional<LivePrices> live, Clock clock) {
    this.table = table;
    this.live = live;
    this.clock = clock;
  }

  /**
   * Table prices, plus live prices cached for {@code settings.cacheFor()} when the operator turned
   * them on. Building the AWS client resolves no credentials yet: the first live lookup does.
   */
  public static InstancePricer create(PriceTable table, LivePriceSettings settings) {
    Optional<LivePrices> live =
        settings.enabled()
            ? Optional.of(
                new CachedLivePrices(
                    AwsPriceListPrices.create(settings), settings.cacheFor(), Clock.systemUTC()))
            : Optional.empty();
    return new InstancePricer(table, live, Clock.systemUTC());
  }

  public boolean liveEnabled() {
    return live.isPresent();
  }

  /** The catalog entry of an LMI-eligible type, or an error naming close ones. */
  public InstanceType instanceType(String region, String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return table.catalog().find(wanted).orElseThrow(() -> unknownType(region, wanted));
  }

  public Quote quote(String region, String instanceType) {
    table.lambdaRates(region); // an unknown Region is an error before anything else
    InstanceType type = instanceType(region, instanceType);
    List<String> warnings = new ArrayList<>();
    if (live.isPresent()) {
      try {
        OptionalDouble price = live.get().onDemandHourly(region, type.name());
        if (price.isPresent()) {
          return new Quote(
              new Ec2Price(
                  region,
                  type.name(),
                  price.getAsDouble(),
                  LIVE_SOURCE,
                  "https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_pricing_GetProducts.html",
                  "live",
                  LocalDate.now(clock).toString()),
              warnings);
        }
        warnings.add(
            "The AWS Price List API lists no on-demand Linux price for %s in %s; the embedded table was used."
                .formatted(type.name(), region));
      } catch (LivePrices.LivePriceException e) {
        warnings.add(
            "Live price unavailable (%s); the embedded table (%s) was used."
                .formatted(e.getMessage(), table.asOf()));
      }
    }
    Ec2Price embedded =
        table.ec2(region, type.name()).orElseThrow(() -> notPricedHere(region, type.name()));
    return new Quote(embedded, warnings);
  }

  private UserInputException unknownType(String region, String wanted) {
    String close = Suggestions.didYouMean(wanted, table.pricedTypes(region));
    if (INSTANCE_NAME.matcher(wanted).matches() && !"cmr".contains(wanted.substring(0, 1))) {
      return new UserInputException(
          "%s is not an LMI instance type: Lambda Managed Instances run on the C, M and R families, size .large and up%s; priced here: %s"
              .formatted(wanted, close, generations(region)));
    }
    return new UserInputException(
        "unknown instance type '%s'%s; priced in %s: %s"
            .formatted(wanted, close, region, generations(region)));
  }

  private UserInputException notPricedHere(String region, String type) {
    return new UserInputException(
        "no embedded price for %s in %s%s; priced there: %s; or set LMI_ADVISOR_LIVE_PRICES=true to ask AWS"
            .formatted(
                type,
                region,
                Suggestions.didYouMean(type, table.pricedTypes(region)),
                generations(region)));
  }

  /** "c7g, c7i, m7g (.large to .16xlarge)" for the Region's priced types. */
  private String generations(String region) {
    Set<String> generations = new LinkedHashSet<>();
    Set<String> sizes = new LinkedHashSet<>();
    for (String name : table.pricedTypes(region)) {
      int dot = name.indexOf('.');
      generations.add(name.substring(0, dot));
      sizes.add(name.substring(dot));
    }
    List<String> sizeList = List.copyOf(sizes);
    return String.join(", ", generations)
        + (sizeList.isEmpty()
            ? ""
            : " (" + sizeList.getFirst() + " to " + sizeList.getLast() + ")");
  }
}
