package dev.lmiadvisor.tools.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.PricingClientBuilder;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;
import software.amazon.awssdk.services.pricing.model.GetProductsRequest;
import software.amazon.awssdk.services.pricing.model.GetProductsResponse;

/**
 * Live on-demand prices from the AWS Price List API ({@code GetProducts} on service code {@code
 * AmazonEC2}), through the AWS SDK for Java v2 {@code pricing} client. The filters select what the
 * embedded table holds: Linux, shared tenancy, no pre-installed software, capacity status "Used".
 */
public final class AwsPriceListPrices implements LivePrices, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AwsPriceListPrices.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final PricingClient client;

  public AwsPriceListPrices(PricingClient client) {
    this.client = client;
  }

  /** A client configured by the operator's settings, with the default credential chain. */
  public static AwsPriceListPrices create(LivePriceSettings settings) {
    return create(settings, DefaultCredentialsProvider.builder().build());
  }

  public static AwsPriceListPrices create(
      LivePriceSettings settings, AwsCredentialsProvider credentials) {
    PricingClientBuilder builder =
        PricingClient.builder()
            .region(Region.of(settings.pricingRegion()))
            .credentialsProvider(credentials);
    settings.endpoint().ifPresent(builder::endpointOverride);
    return new AwsPriceListPrices(builder.build());
  }

  @Override
  public OptionalDouble onDemandHourly(String region, String instanceType) {
    GetProductsRequest request =
        GetProductsRequest.builder()
            .serviceCode("AmazonEC2")
            .formatVersion("aws_v1")
            .filters(
                term("regionCode", region),
                term("instanceType", instanceType),
                term("operatingSystem", "Linux"),
                term("tenancy", "Shared"),
                term("preInstalledSw", "NA"),
                term("capacitystatus", "Used"))
            .maxResults(10)
            .build();
    GetProductsResponse response;
    try {
      response = client.getProducts(request);
    } catch (SdkException e) {
      log.warn("AWS Price List API call failed for {} in {}", instanceType, region, e);
      throw new LivePriceException(
          "the AWS Price List API could not be reached or refused the call (see the server log)",
          e);
    }
    return firstHourlyPrice(response.priceList());
  }

  /** The first positive hourly on-demand USD price in the returned products. */
  static OptionalDouble firstHourlyPrice(List<String> priceList) {
    for (String product : priceList) {
      try {
        JsonNode onDemand = MAPPER.readTree(product).path("terms").path("OnDemand");
        for (Iterator<JsonNode> terms = onDemand.elements(); terms.hasNext(); ) {
          for (Iterator<JsonNode> dimensions = terms.next().path("priceDimensions").elements();
              dimensions.hasNext(); ) {
            JsonNode dimension = dimensions.next();
            double usd = dimension.path("pricePerUnit").path("USD").asDouble(0);
            if (usd > 0 && dimension.path("unit").asText().startsWith("Hr")) {
              return OptionalDouble.of(usd);
            }
          }
        }
      } catch (IOException e) {
        log.warn("ignoring a product the Price List API returned that is not JSON", e);
      }
    }
    return OptionalDouble.empty();
  }

  private static Filter term(String field, String value) {
    return Filter.builder().type(FilterType.TERM_MATCH).field(field).value(value).build();
  }

  @Override
  public void close() {
    client.close();
  }
}
