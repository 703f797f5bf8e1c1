/**
 * Where AWS Lambda Managed Instances (LMI) can run, and what to do where it cannot.
 *
 * <p>Entry points:
 *
 * <ul>
 *   <li>{@link dev.lmiadvisor.regions.RegionCatalog}: every Region of every partition that the AWS
 *       SDK for Java v2 on the classpath knows, with display names and approximate coordinates.
 *       Reusable by other modules to validate a Region code: {@code
 *       RegionCatalog.standard().isKnown("eu-west-1")}, {@code
 *       RegionCatalog.standard().closest("us-east-9")} (up to three codes) or {@code
 *       require(code)}, which throws an {@link IllegalArgumentException} that names the closest
 *       real codes.
 *   <li>{@link dev.lmiadvisor.regions.RegionAvailabilityService}: the LMI status of a Region from
 *       the versioned dataset ({@code lmi-availability.json}), alternatives that exist there, the
 *       nearest Regions that have LMI, and an optional live probe.
 * </ul>
 *
 * <p>Every statement in the data files under {@code dev/lmiadvisor/regions/} cites a source from
 * {@code sources.json} with its date; the loaders refuse a file that breaks that rule.
 */
package dev.lmiadvisor.regions;
