package dev.lmiadvisor.regions;

import java.util.Arrays;

/** What the dataset says about a feature in a Region. */
public enum AvailabilityStatus {
  AVAILABLE("available"),
  NOT_AVAILABLE("not_available"),
  /** No source settles it; the entry's reason says why. */
  UNKNOWN("unknown");

  private final String id;

  AvailabilityStatus(String id) {
    this.id = id;
  }

  /** The value used in the data file and in tool output. */
  public String id() {
    return id;
  }

  static AvailabilityStatus fromId(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown status '" + id + "'"));
  }

  @Override
  public String toString() {
    return id;
  }
}
