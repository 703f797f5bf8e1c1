package dev.lmiadvisor.tools.live.assess;

import dev.lmiadvisor.tools.live.LiveErrors;
import dev.lmiadvisor.tools.live.LiveInputs;

/**
 * What assess_function is asked.
 *
 * @param functionName a function name or ARN; its {@code $LATEST} configuration and its metrics
 *     across all versions are read
 * @param days how many days of hourly metrics to read, 1 to 30 (default 14)
 */
public record AssessRequest(String functionName, String region, int days) {

  public static final int DEFAULT_DAYS = 14;
  public static final int MAX_DAYS = 30;

  public AssessRequest {
    if (functionName == null || functionName.isBlank()) {
      throw LiveErrors.invalid("'function_name' is required", "function_name");
    }
    functionName = LiveInputs.functionName(functionName.strip());
    region = LiveInputs.region(region);
    if (days < 1 || days > MAX_DAYS) {
      throw LiveErrors.invalid(
          "days must be from 1 to " + MAX_DAYS + " (default " + DEFAULT_DAYS + "); got " + days,
          "days");
    }
  }

  public AssessRequest(String functionName, String region) {
    this(functionName, region, DEFAULT_DAYS);
  }

  String describe() {
    return "function_name=" + functionName + " region=" + region + " days=" + days;
  }
}
