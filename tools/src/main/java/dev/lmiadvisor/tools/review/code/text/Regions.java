package dev.lmiadvisor.tools.review.code.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of offset ranges, such as the bodies of every function reachable from the handler: what
 * runs for each request.
 */
public final class Regions {

  /** A half-open range [start, end). */
  public record Range(int start, int end) {
    public boolean contains(int offset) {
      return offset >= start && offset < end;
    }
  }

  private final List<Range> ranges;

  public Regions(List<Range> ranges) {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(Range::start));
    this.ranges = List.copyOf(sorted);
  }

  public boolean contains(int offset) {
    for (Range range : ranges) {
      if (range.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  public List<Range> ranges() {
    return ranges;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }
}
