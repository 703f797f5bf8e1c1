package dev.lmiadvisor.tools.live.assess;

import java.util.Optional;

/**
 * The function's configuration as GetFunctionConfiguration returned it ({@code $LATEST}).
 *
 * @param capacityProviderArn set when the function already runs on LMI
 * @param lmiRuntime whether LMI runs the runtime as it is
 */
public record FunctionSummary(
    String name,
    Optional<String> runtime,
    Optional<Integer> memoryMb,
    Optional<String> architecture,
    Optional<Boolean> inVpc,
    Optional<String> capacityProviderArn,
    boolean lmiRuntime) {}
