package dev.lmiadvisor.regions;

/**
 * A Region near another, by great-circle distance between the places they are named after.
 *
 * @param region the nearby Region
 * @param distanceKm distance in whole kilometres (approximate: see {@link Location})
 * @param samePartition false when using it means another partition: other accounts, credentials,
 *     ARNs and endpoints
 * @param rough true when either end is only broadly located (AWS names just a half of a country),
 *     so the distance can be off by hundreds of kilometres
 */
public record NearbyRegion(
    RegionInfo region, long distanceKm, boolean samePartition, boolean rough) {}
