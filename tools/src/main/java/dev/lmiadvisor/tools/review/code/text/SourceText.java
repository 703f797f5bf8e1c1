package dev.lmiadvisor.tools.review.code.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Source code prepared for pattern matching: {@link #code()} is the text with comments and the
 * contents of string literals replaced by spaces (newlines kept, so offsets and lines still match
 * the original), so that a pattern never matches inside a comment or a string. The literals
 * themselves are kept in {@link #literals()}. Interpolated parts of strings ({@code ${...}} in
 * JavaScript, {@code {...}} in C#) stay in the code view, because they are code.
 */
public final class SourceText {

  /**
   * A string literal.
   *
   * @param start offset of the opening quote (or of its prefix, such as {@code f} or {@code $})
   * @param end offset just after the closing quote
   * @param value the text between the quotes, escapes left as written
   * @param interpolated whether part of the value is computed ({@code `${x}`}, {@code f"{x}"},
   *     {@code $"{x}"})
   */
  public record Literal(int start, int end, String value, boolean interpolated) {}

  private final String original;
  private final String code;
  private final List<Literal> literals;
  private final int[] lineStarts;
  private final int[] match;

  SourceText(String original, char[] code, List<Literal> literals) {
    this.original = original;
    this.code = new String(code);
    this.literals = List.copyOf(literals);
    this.lineStarts = lineStarts(original);
    this.match = brackets(this.code);
  }

  public String original() {
    return original;
  }

  /** The text with comments and literal contents blanked. */
  public String code() {
    return code;
  }

  public List<Literal> literals() {
    return literals;
  }

  /** 1-based line of an offset. */
  public int lineOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /**
   * The offset of the bracket matching the one at {@code offset} ({@code ( [ {} and their closing
   * counterparts), or -1 when it is unbalanced.
   */
  public int matching(int offset) {
    return offset >= 0 && offset < match.length ? match[offset] : -1;
  }

  /** The first literal that starts at or after {@code offset} with only blanks before it. */
  public Optional<Literal> literalAfter(int offset) {
    int i = offset;
    while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
      i++;
    }
    int low = 0;
    int high = literals.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int start = literals.get(mid).start();
      if (start < i) {
        low = mid + 1;
      } else if (start > i) {
        high = mid - 1;
      } else {
        return Optional.of(literals.get(mid));
      }
    }
    return Optional.empty();
  }

  /** Whether the offset lies inside a string literal (after its opening quote, before its end). */
  public boolean inLiteral(int offset) {
    int low = 0;
    int high = literals.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Literal literal = literals.get(mid);
      if (offset <= literal.start()) {
        high = mid - 1;
      } else if (offset >= literal.end()) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** The previous non-blank character of the code view before {@code offset}, or 0. */
  public char previousCodeChar(int offset) {
    int i = offset - 1;
    while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
      i--;
    }
    return i < 0 ? 0 : code.charAt(i);
  }

  /** The next non-blank character of the code view at or after {@code offset}, or 0. */
  public char nextCodeChar(int offset) {
    int i = offset;
    while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
      i++;
    }
    return i >= code.length() ? 0 : code.charAt(i);
  }

  /** Offset of the next non-blank character at or after {@code offset}. */
  public int skipBlanks(int offset) {
    int i = offset;
    while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] brackets(String code) {
    int[] result = new int[code.length()];
    Arrays.fill(result, -1);
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        open.push(i);
      } else if (c == ')' || c == ']' || c == '}') {
        char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
        // Skip over unbalanced openers (e.g. in code a snippet cut mid-way) to the right kind.
        while (!open.isEmpty() && code.charAt(open.peek()) != expected) {
          open.pop();
        }
        if (!open.isEmpty()) {
          int start = open.pop();
          result[start] = i;
          result[i] = start;
        }
      }
    }
    return result;
  }
}
