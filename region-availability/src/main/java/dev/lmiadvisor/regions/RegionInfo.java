package dev.lmiadvisor.regions;

import java.util.Optional;

/**
 * One Region of the catalog.
 *
 * @param code the Region code, lower case, for example {@code cn-north-1}
 * @param name the SDK's display name, for example {@code China (Beijing)}
 * @param partition the partition the SDK places it in
 * @param location where it is, when that is public
 */
public record RegionInfo(
    String code, String name, Partition partition, Optional<Location> location) {

  public boolean samePartitionAs(RegionInfo other) {
    return partition.id().equals(other.partition.id());
  }
}
