package dev.lmiadvisor.regions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;

/** One line of the Region list: a Region and the dataset's entry for it. */
@JsonPropertyOrder({"region", "region_name", "partition", "status", "as_of"})
public record RegionStatus(@JsonUnwrapped RegionInfo region, @JsonIgnore AvailabilityEntry entry) {

  @JsonProperty
  public AvailabilityStatus status() {
    return entry.status();
  }

  @JsonProperty
  public LocalDate asOf() {
    return entry.asOf();
  }
}
