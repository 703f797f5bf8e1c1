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
    List<Range> merged = new ArrayList<>();
    for (Range range : sorted) {
      if (!merged.isEmpty() && range.start() <= merged.getLast().end()) {
        Range last = merged.removeLast();
        merged.add(new Range(last.start(), Math.max(last.end(), range.end())));
      } else {
        merged.add(range);
      }
    }
    this.ranges = List.copyOf(merged);
  }

  public boolean contains(int offset) {
    int low = 0;
    int high = ranges.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Range range = ranges.get(mid);
      if (offset < range.start()) {
        high = mid - 1;
      } else if (offset >= range.end()) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** The merged, sorted ranges. */
  public List<Range> ranges() {
    return ranges;
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }
}
