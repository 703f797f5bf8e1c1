package dev.lmiadvisor.tools.live.assess;

import dev.lmiadvisor.tools.assessment.TrafficPattern;
import java.util.Optional;

/**
 * What CloudWatch recorded for the function over the window, and what follows from it.
 *
 * @param monthlyRequests invocations in the window scaled to a 730-hour month
 * @param avgDurationMs the invocation-weighted average of the hourly average durations
 * @param p99DurationMs the 99th percentile over the whole window
 * @param peakConcurrency the highest ConcurrentExecutions maximum of any hour
 * @param throttles throttled invocations on standard Lambda (concurrency limits)
 * @param trafficReason why the traffic is called what it is (see {@link TrafficShape})
 */
public record ObservedMetrics(
    long totalInvocations,
    long monthlyRequests,
    Optional<Double> avgDurationMs,
    Optional<Double> p99DurationMs,
    Optional<Integer> peakConcurrency,
    long throttles,
    long errors,
    double throttleRatePct,
    double errorRatePct,
    TrafficPattern trafficPattern,
    double peakToMean,
    double idleHoursPct,
    Optional<Double> burstRatio,
    String trafficReason) {}
