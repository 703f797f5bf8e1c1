package dev.lmiadvisor.tools.review.code.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Which function encloses an offset, answered in constant time: every offset of the text is mapped
 * to its innermost function (functions nest, so painting them from the outermost start to the
 * innermost start leaves each offset with its innermost one).
 */
public final class SpanIndex {

  private final List<FunctionSpan> functions;
  private final int[] owner;

  public SpanIndex(int length, List<FunctionSpan> functions) {
    this.functions = new ArrayList<>(functions);
    this.functions.sort(
        Comparator.comparingInt(FunctionSpan::bodyStart)
            .thenComparing(Comparator.comparingInt(FunctionSpan::bodyEnd).reversed()));
    this.owner = new int[length + 1];
    Arrays.fill(owner, -1);
    for (int index = 0; index < this.functions.size(); index++) {
      FunctionSpan f = this.functions.get(index);
      Arrays.fill(owner, Math.max(0, f.bodyStart()), Math.min(owner.length, f.bodyEnd()), index);
    }
  }

  /** The innermost function whose body contains the offset, or null outside every function. */
  public FunctionSpan innermost(int offset) {
    if (offset < 0 || offset >= owner.length || owner[offset] < 0) {
      return null;
    }
    return functions.get(owner[offset]);
  }
}
