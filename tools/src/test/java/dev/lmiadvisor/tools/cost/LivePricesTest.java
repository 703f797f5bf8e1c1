package dev.lmiadvisor.tools.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.awsstub.AwsStub;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The real AWS SDK pricing client against a local stub of the Price List API. */
class LivePricesTest {

  private PriceListStub stub;
  private AwsPriceListPrices client;

  @BeforeEach
  void start() throws Exception {
    stub = new PriceListStub();
    LivePriceSettings settings =
        new LivePriceSettings(
            true, "us-east-1", Optional.of(stub.endpoint()), Duration.ofHours(24));
    client =
        AwsPriceListPrices.create(
            settings,
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDEXAMPLEFAKE00000", "fake-secret-for-tests")));
  }

  @AfterEach
  void stop() {
    client.close();
    stub.close();
  }

  @Test
  void getProductsIsSignedAndFilteredForLinuxOnDemand() {
    OptionalDouble price = client.onDemandHourly("us-east-1", "m7g.large");

    assertEquals(0.0816, price.orElseThrow(), 1e-12);
    assertEquals(1, stub.calls().size());
    AwsStub.Received call = stub.calls().getFirst();
    assertEquals("AWSPriceListService.GetProducts", call.target());
    assertTrue(
        call.authorization().startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLEFAKE00000/"));
    assertTrue(
        call.authorization().contains("/us-east-1/pricing/aws4_request"), call.authorization());
    for (String expected :
        new String[] {
          "\"ServiceCode\":\"AmazonEC2\"",
          "\"Field\":\"instanceType\"",
          "\"Value\":\"m7g.large\"",
          "\"Field\":\"regionCode\"",
          "\"Value\":\"us-east-1\"",
          "\"Value\":\"Linux\"",
          "\"Value\":\"Shared\"",
          "\"Type\":\"TERM_MATCH\""
        }) {
      assertTrue(call.body().contains(expected), expected + " in " + call.body());
    }
  }

  @Test
  void noProductMeansNoPrice() {
    stub.answerWithNothing();
    assertTrue(client.onDemandHourly("us-east-1", "m7g.large").isEmpty());
  }

  @Test
  void aRefusedCallIsALivePriceExceptionWithoutAwsDetail() {
    stub.answerAccessDenied();
    LivePrices.LivePriceException e =
        assertThrows(
            LivePrices.LivePriceException.class,
            () -> client.onDemandHourly("us-east-1", "m7g.large"));
    assertFalse(e.getMessage().contains("pricing:GetProducts"), e.getMessage());
  }

  @Test
  void pricesAreCachedUntilTheyExpire() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    CachedLivePrices cached = new CachedLivePrices(client, Duration.ofHours(24), clock);

    cached.onDemandHourly("us-east-1", "m7g.large");
    cached.onDemandHourly("us-east-1", "m7g.large");
    assertEquals(1, stub.calls().size(), "second call served from the cache");

    cached.onDemandHourly("eu-west-1", "m7g.large");
    assertEquals(2, stub.calls().size(), "another Region is another price");

    clock.advance(Duration.ofHours(25));
    cached.onDemandHourly("us-east-1", "m7g.large");
    assertEquals(3, stub.calls().size(), "expired entries are fetched again");
  }

  @Test
  void failuresAreNotCached() {
    CachedLivePrices cached = new CachedLivePrices(client, Duration.ofHours(24), Clock.systemUTC());
    stub.answerAccessDenied();
    assertThrows(
        LivePrices.LivePriceException.class, () -> cached.onDemandHourly("us-east-1", "m7g.large"));
    stub.answerWithPrice("0.09");
    assertEquals(0.09, cached.onDemandHourly("us-east-1", "m7g.large").orElseThrow(), 1e-12);
  }

  @Test
  void compareCostsUsesTheLivePriceAndSaysSo() {
    stub.answerWithPrice("0.0900");
    Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    CostComparator costs =
        Fixtures.comparator(new InstancePricer(Fixtures.TABLE, Optional.of(client), clock));

    CostComparison c =
        costs.compare(
            CostRequest.builder(259_200_000, 200, 512)
                .instanceType("m7g.large")
                .instanceCount(3)
                .build());

    assertEquals(0.09, c.lmi().hourlyUsdPerInstance(), 1e-12);
    assertEquals(InstancePricer.LIVE_SOURCE, c.lmi().priceSource());
    assertEquals("live", c.lmi().priceConfidence());
    assertEquals("2026-11-21", c.pricesAsOf());
    // 3 x 0.09 x 730 = 197.10 on demand, 15% fee 29.57, requests 51.84
    assertEquals(278.51, c.lmi().monthlyUsd(), 0.011);
  }

  @Test
  void aFailedLiveLookupFallsBackToTheTableWithAWarning() {
    stub.answerAccessDenied();
    CostComparator costs =
        Fixtures.comparator(
            new InstancePricer(Fixtures.TABLE, Optional.of(client), Clock.systemUTC()));

    CostComparison c =
        costs.compare(
            CostRequest.builder(259_200_000, 200, 512)
                .instanceType("m7g.large")
                .instanceCount(3)
                .build());

    assertEquals(0.0816, c.lmi().hourlyUsdPerInstance(), 1e-12);
    assertEquals("skypilot-aws-vms", c.lmi().priceSource());
    assertTrue(
        c.warnings().stream().anyMatch(w -> w.startsWith("Live price unavailable")),
        c.warnings().toString());
  }

  @Test
  void settingsAreOffByDefaultAndRefusePlainHttpBeyondLoopback() {
    assertFalse(LivePriceSettings.fromEnvironment(Map.of()).enabled());
    LivePriceSettings on =
        LivePriceSettings.fromEnvironment(
            Map.of(
                "LMI_ADVISOR_LIVE_PRICES", "true",
                "LMI_ADVISOR_PRICING_ENDPOINT", "http://127.0.0.1:9999",
                "LMI_ADVISOR_PRICE_CACHE_HOURS", "6"));
    assertTrue(on.enabled());
    assertEquals(Duration.ofHours(6), on.cacheFor());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                LivePriceSettings.fromEnvironment(
                    Map.of("LMI_ADVISOR_PRICING_ENDPOINT", "http://pricing.example.com")));
    assertTrue(e.getMessage().contains("https"), e.getMessage());
  }

  @Test
  void aLivePricesSwitchThatIsNeitherTrueNorFalse_isRefused_notReadAsOff() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LivePriceSettings.fromEnvironment(Map.of("LMI_ADVISOR_LIVE_PRICES", "ture")));
    assertTrue(e.getMessage().contains("LMI_ADVISOR_LIVE_PRICES"), e.getMessage());
    assertTrue(e.getMessage().contains("'ture'"), e.getMessage());
    assertTrue(
        LivePriceSettings.fromEnvironment(Map.of("LMI_ADVISOR_LIVE_PRICES", " TRUE ")).enabled());
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
