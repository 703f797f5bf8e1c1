package dev.lmiadvisor.regions;

import java.util.List;

/**
 * A way to run a Lambda-style workload where LMI is missing.
 *
 * @param id stable id, for example {@code ecs-fargate}
 * @param name what to call it
 * @param services the AWS services it uses
 * @param complexity migration and operating effort compared with LMI: {@code low}, {@code medium}
 *     or {@code high}
 * @param complexityReason why that effort
 * @param keeps what it keeps of LMI's benefits
 * @param loses what it gives up compared with LMI
 * @param caveats what to know before choosing it, including Region-specific limits
 * @param sources where its availability and claims come from
 */
public record Alternative(
    String id,
    String name,
    List<String> services,
    String complexity,
    String complexityReason,
    List<String> keeps,
    List<String> loses,
    List<String> caveats,
    List<Source> sources) {

  public Alternative {
    services = List.copyOf(services);
    keeps = List.copyOf(keeps);
    loses = List.copyOf(loses);
    caveats = List.copyOf(caveats);
    sources = List.copyOf(sources);
  }
}
