package dev.lmiadvisor.tools.cost;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether and how compare_costs may ask the AWS Price List API. Off unless the operator turns it
 * on: answers come from the embedded table, with no AWS credentials and no network.
 *
 * <ul>
 *   <li>{@code LMI_ADVISOR_LIVE_PRICES=true} turns live prices on (credentials come from the
 *       default AWS chain: environment, profile, SSO, instance role);
 *   <li>{@code LMI_ADVISOR_PRICING_REGION}: the Price List API endpoint Region, default us-east-1
 *       (the API is also served from eu-central-1 and ap-south-1);
 *   <li>{@code LMI_ADVISOR_PRICING_ENDPOINT}: an endpoint override, https, or http on loopback only
 *       (for a VPC endpoint or a local test stub);
 *   <li>{@code LMI_ADVISOR_PRICE_CACHE_HOURS}: how long a fetched price is reused, default 24.
 * </ul>
 */
public record LivePriceSettings(
    boolean enabled, String pricingRegion, Optional<URI> endpoint, Duration cacheFor) {

  public static final LivePriceSettings OFF =
      new LivePriceSettings(false, "us-east-1", Optional.empty(), Duration.ofHours(24));

  public LivePriceSettings {
    endpoint.ifPresent(LivePriceSettings::checkEndpoint);
    if (cacheFor.isNegative()) {
      throw new IllegalArgumentException("the price cache duration cannot be negative");
    }
  }

  public static LivePriceSettings fromEnvironment(Map<String, String> environment) {
    // Strict, like the sandbox's switches: a typo ("ture", "yes") must not quietly mean off.
    String live =
        environment
            .getOrDefault("LMI_ADVISOR_LIVE_PRICES", "false")
            .trim()
            .toLowerCase(Locale.ROOT);
    if (!live.isEmpty() && !live.equals("true") && !live.equals("false")) {
      throw new IllegalArgumentException(
          "LMI_ADVISOR_LIVE_PRICES must be true or false, not '"
              + environment.get("LMI_ADVISOR_LIVE_PRICES")
              + "'");
    }
    boolean enabled = live.equals("true");
    String region = environment.getOrDefault("LMI_ADVISOR_PRICING_REGION", "us-east-1").trim();
    Optional<URI> endpoint =
        Optional.ofNullable(environment.get("LMI_ADVISOR_PRICING_ENDPOINT"))
            .filter(s -> !s.isBlank())
            .map(s -> URI.create(s.trim()));
    long hours;
    try {
      hours =
          Long.parseLong(environment.getOrDefault("LMI_ADVISOR_PRICE_CACHE_HOURS", "24").trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "LMI_ADVISOR_PRICE_CACHE_HOURS must be a whole number of hours", e);
    }
    return new LivePriceSettings(enabled, region, endpoint, Duration.ofHours(hours));
  }

  private static void checkEndpoint(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      return;
    }
    if (scheme.equals("http") && isLoopback(uri.getHost())) {
      return;
    }
    throw new IllegalArgumentException(
        "LMI_ADVISOR_PRICING_ENDPOINT must be https, or http on 127.0.0.1/localhost; got " + uri);
  }

  private static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      // Literal addresses only: a name that needs DNS is not accepted as loopback.
      return host.matches("[0-9.:\\[\\]]+")
          && InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
