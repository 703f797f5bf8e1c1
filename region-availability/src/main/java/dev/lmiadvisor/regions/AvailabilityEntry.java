package dev.lmiadvisor.regions;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The dataset's answer for one Region.
 *
 * @param region the Region code
 * @param status available, not available or unknown
 * @param asOf date of the newest statement the status rests on
 * @param availableSince when the feature reached the Region, if known
 * @param sources the statements themselves
 * @param reason why the sources lead to this status, in a sentence or two
 * @param listed false when the Region is missing from the dataset and the status is the fallback
 *     {@code unknown}
 */
public record AvailabilityEntry(
    @JsonIgnore String region,
    AvailabilityStatus status,
    LocalDate asOf,
    Optional<LocalDate> availableSince,
    List<Source> sources,
    String reason,
    @JsonIgnore boolean listed) {

  public AvailabilityEntry {
    sources = List.copyOf(sources);
  }

  public boolean available() {
    return status == AvailabilityStatus.AVAILABLE;
  }
}
