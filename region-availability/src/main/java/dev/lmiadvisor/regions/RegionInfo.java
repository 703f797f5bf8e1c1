package dev.lmiadvisor.regions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
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
    @JsonProperty("region") String code,
    @JsonProperty("region_name") String name,
    Partition partition,
    @JsonIgnore Optional<Location> location) {

  public boolean samePartitionAs(RegionInfo other) {
    return partition.id().equals(other.partition.id());
  }
}
