package dev.lmiadvisor.tools.sandbox.policy;

/**
 * Settings the rules read.
 *
 * @param nonProduction the operator declared this a non-production environment
 *     (LMI_ADVISOR_ENVIRONMENT=non_production): fewer than 3 execution environments then need
 *     confirmation instead of being refused
 */
public record PolicyContext(boolean nonProduction) {}
