package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.awsstub.AwsStub;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A standard (non-LMI) function served by the loopback stub: its configuration in Lambda's
 * REST-JSON shape and its hourly metrics through CloudWatch's query protocol, from a traffic
 * profile that gives each UTC hour its invocations and timings.
 */
public final class StandardFunction {

  /** One hour of traffic; null values publish no datapoint. */
  public record Hour(
      double invocations,
      double avgMs,
      double p99Ms,
      double maxConcurrency,
      double throttles,
      double errors) {}

  /** The traffic of the hour starting at an instant, or null for an hour without invocations. */
  @FunctionalInterface
  public interface Traffic {
    Hour at(Instant hour);
  }

  /** 360,000 requests every hour (100 per second) at 200 ms: about 20 in flight, 30 at peak. */
  public static Traffic steady(double perHour, double avgMs) {
    double inFlight = perHour * avgMs / 3_600_000;
    return hour ->
        new Hour(perHour, avgMs, avgMs * 2.5, Math.ceil(inFlight * 1.5), 0, perHour / 10_000);
  }

  /** 2,000 requests an hour, and a burst of 60,000 at noon UTC every day. */
  public static Traffic bursty() {
    return hour -> {
      boolean noon = hour.atOffset(ZoneOffset.UTC).getHour() == 12;
      double n = noon ? 60_000 : 2_000;
      return new Hour(n, 120, 900, noon ? 400 : 3, 0, 1);
    };
  }

  /** Office hours only: 9:00 to 17:00 UTC. */
  public static Traffic officeHours() {
    return hour -> {
      int h = hour.atOffset(ZoneOffset.UTC).getHour();
      return h >= 9 && h < 17 ? new Hour(20_000, 300, 800, 6, 0, 0) : null;
    };
  }

  public static Traffic throttled(Traffic traffic, double throttlesPerHour) {
    return hour -> {
      Hour h = traffic.at(hour);
      return h == null
          ? null
          : new Hour(
              h.invocations(),
              h.avgMs(),
              h.p99Ms(),
              h.maxConcurrency(),
              throttlesPerHour,
              h.errors());
    };
  }

  public String name = "orders-api";
  public String runtime = "nodejs22.x";
  public int memoryMb = 1024;
  public String architecture = "x86_64";
  public double windowP99Ms = 480;
  public Traffic traffic = steady(360_000, 200);
  public Set<AwsOperation> denied = EnumSet.noneOf(AwsOperation.class);

  public void serve(AwsStub stub) {
    stub.on(
        "GET /2015-03-31/functions/" + name + "/configuration",
        r ->
            denied.contains(AwsOperation.GET_FUNCTION_CONFIGURATION)
                ? WireReplies.lambdaAccessDenied(
                    "lambda:GetFunctionConfiguration", LmiAccount.functionArn(name))
                : new AwsStub.Reply(200, configuration(), Map.of()));
    stub.onAction(
        "GetMetricData",
        r ->
            denied.contains(AwsOperation.GET_METRIC_DATA)
                ? WireReplies.queryAccessDenied(
                    WireReplies.CLOUDWATCH_NS, "cloudwatch:GetMetricData")
                : MetricData.responder(this::value).apply(r));
  }

  Double value(MetricData.Query query, Instant start) {
    if (!name.equals(query.dimension())) {
      return null;
    }
    if (query.period() > 3600) {
      return query.stat().equals("p99") ? windowP99Ms : null;
    }
    Hour h = traffic.at(start);
    if (h == null) {
      return null;
    }
    return switch (query.metric() + " " + query.stat()) {
      case "Invocations Sum" -> h.invocations();
      case "Duration Average" -> h.avgMs();
      case "Duration p99" -> h.p99Ms();
      case "ConcurrentExecutions Maximum" -> h.maxConcurrency();
      case "Throttles Sum" -> h.throttles() == 0 ? null : h.throttles();
      case "Errors Sum" -> h.errors();
      default -> null;
    };
  }

  private String configuration() {
    return ("{\"FunctionName\":\"%s\",\"FunctionArn\":\"%s\",\"Runtime\":\"%s\","
            + "\"Role\":\"arn:aws:iam::111122223333:role/%s-exec\",\"Handler\":\"index.handler\","
            + "\"CodeSize\":48213,\"Description\":\"Orders API\",\"Timeout\":30,\"MemorySize\":%d,"
            + "\"LastModified\":\"2026-10-02T14:21:07.000+0000\","
            + "\"CodeSha256\":\"pX8bTq1uYVh0Q2m5tWk9Vn3r7sE4dF6gH8jK0lM2nO4=\",\"Version\":\"$LATEST\","
            + "\"Environment\":{\"Variables\":{\"DB_PASSWORD\":\"hunter2\"}},"
            + "\"TracingConfig\":{\"Mode\":\"PassThrough\"},\"RevisionId\":\"0c6f1c1e-8e5e-4f4e-9c2a-5d7b3a1e2f90\","
            + "\"State\":\"Active\",\"LastUpdateStatus\":\"Successful\",\"PackageType\":\"Zip\","
            + "\"Architectures\":[\"%s\"],\"EphemeralStorage\":{\"Size\":512},"
            + "\"SnapStart\":{\"ApplyOn\":\"None\",\"OptimizationStatus\":\"Off\"},"
            + "\"LoggingConfig\":{\"LogFormat\":\"Text\",\"LogGroup\":\"/aws/lambda/%s\"}}")
        .formatted(name, LmiAccount.functionArn(name), runtime, name, memoryMb, architecture, name);
  }
}
