package dev.lmiadvisor.tools.sizing;

/**
 * One instance type that hosts at least one execution environment of the sized function.
 *
 * @param executionEnvironmentsPerInstance E from formula F5
 * @param instancesAtMaximum instances for MaxExecutionEnvironments, at least the minimum fleet (F9)
 * @param hourlyUsd on-demand Linux price in the region, or null when the price table has none
 */
public record InstanceOption(
    String instanceType,
    int vcpus,
    int memoryGib,
    int executionEnvironmentsPerInstance,
    int instancesAtMaximum,
    Double hourlyUsd) {}
