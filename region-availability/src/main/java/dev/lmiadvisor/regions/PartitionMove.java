package dev.lmiadvisor.regions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What it means to leave a partition for a Region in another one (for example from the China
 * Regions to a commercial Region), from {@code partition-moves.json}.
 *
 * @param partition the partition being left
 * @param summary one sentence
 * @param considerations what changes, each with its sources
 */
public record PartitionMove(
    @JsonProperty("from_partition") String partition,
    String summary,
    List<Consideration> considerations) {

  public PartitionMove {
    considerations = List.copyOf(considerations);
  }

  /**
   * @param topic short heading, for example {@code Data residency}
   * @param detail what changes and what to do about it
   * @param sources where it comes from; empty for plain design advice
   */
  public record Consideration(String topic, String detail, List<Source> sources) {
    public Consideration {
      sources = List.copyOf(sources);
    }
  }
}
