package dev.lmiadvisor.tools.review.code.text;

import dev.lmiadvisor.tools.review.code.text.SourceText.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Separates code from comments and string literals for JavaScript/TypeScript, Python and C#, well
 * enough for pattern rules: template literals, f-strings, verbatim, raw and interpolated strings
 * and JavaScript regular expression literals are recognised. It does not validate syntax; an
 * unterminated string ends at the end of its line (or of the text).
 */
public final class Lexer {

  private final String text;
  private final char[] code;
  private final List<Literal> literals = new ArrayList<>();

  private Lexer(String text) {
    this.text = text;
    this.code = text.toCharArray();
  }

  public static SourceText javascript(String text) {
    Lexer lexer = new Lexer(text);
    lexer.javascriptCode(0, false);
    return lexer.result();
  }

  public static SourceText python(String text) {
    Lexer lexer = new Lexer(text);
    lexer.pythonCode();
    return lexer.result();
  }

  public static SourceText csharp(String text) {
    Lexer lexer = new Lexer(text);
    lexer.csharpCode(0, false);
    return lexer.result();
  }

  private SourceText result() {
    literals.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new SourceText(text, code, literals);
  }

  private char at(int i) {
    return i < text.length() ? text.charAt(i) : 0;
  }

  private void blank(int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, code.length); i++) {
      if (code[i] != '\n' && code[i] != '\r') {
        code[i] = ' ';
      }
    }
  }

  private int lineComment(int i) {
    int end = text.indexOf('\n', i);
    end = end < 0 ? text.length() : end;
    blank(i, end);
    return end;
  }

  private int blockComment(int i) {
    int end = text.indexOf("*/", i + 2);
    end = end < 0 ? text.length() : end + 2;
    blank(i, end);
    return end;
  }

  /** A quoted string with backslash escapes that ends at its quote or at the end of the line. */
  private int simpleString(int start, int contentStart, char quote, boolean multiline) {
    int i = contentStart;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == quote) {
        break;
      }
      if (c == '\n' && !multiline) {
        break;
      }
      i++;
    }
    int contentEnd = Math.min(i, text.length());
    blank(contentStart, contentEnd);
    int end =
        contentEnd < text.length() && text.charAt(contentEnd) == quote
            ? contentEnd + 1
            : contentEnd;
    literals.add(new Literal(start, end, text.substring(contentStart, contentEnd), false));
    return end;
  }

  /**
   * The braces of one interpolation inside a string ({@code ${...}}, C# {@code {...}}): nested
   * braces are counted, and the one that closes the interpolation is blanked, as string syntax.
   */
  private final class Interpolation {
    private int depth;

    /** Whether the character at {@code i} is the '}' that closes the interpolation. */
    boolean closedBy(int i) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          code[i] = ' ';
          return true;
        }
        depth--;
      }
      return false;
    }
  }

  // ---------------------------------------------------------------- JavaScript / TypeScript

  private static final Set<String> REGEX_KEYWORDS =
      Set.of(
          "return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void", "throw",
          "yield", "await");

  /**
   * Lexes code from {@code i}; when {@code untilBrace}, stops after the '}' that closes a template
   * interpolation and returns the offset after it.
   */
  private int javascriptCode(int i, boolean untilBrace) {
    Interpolation interpolation = untilBrace ? new Interpolation() : null;
    while (i < text.length()) {
      char c = text.charAt(i);
      char next = at(i + 1);
      if (c == '/' && next == '/') {
        i = lineComment(i);
      } else if (c == '/' && next == '*') {
        i = blockComment(i);
      } else if (c == '\'' || c == '"') {
        i = simpleString(i, i + 1, c, false);
      } else if (c == '`') {
        i = template(i);
      } else if (c == '/' && regexAllowed(i)) {
        i = regex(i);
      } else if (interpolation != null && interpolation.closedBy(i)) {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  private int template(int start) {
    int i = start + 1;
    StringBuilder value = new StringBuilder();
    boolean interpolated = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        value.append(c).append(at(i + 1));
        blank(i, i + 2);
        i += 2;
      } else if (c == '`') {
        break;
      } else if (c == '$' && at(i + 1) == '{') {
        interpolated = true;
        value.append("${");
        blank(i, i + 2);
        int end = javascriptCode(i + 2, true);
        value.append(text, i + 2, Math.max(i + 2, end - 1)).append('}');
        i = end;
      } else {
        value.append(c);
        blank(i, i + 1);
        i++;
      }
    }
    int end = i < text.length() ? i + 1 : i;
    literals.add(new Literal(start, end, value.toString(), interpolated));
    return end;
  }

  /** A '/' starts a regular expression after an operator, an opening bracket or a keyword. */
  private boolean regexAllowed(int i) {
    int j = i - 1;
    while (j >= 0 && Character.isWhitespace(code[j])) {
      j--;
    }
    if (j < 0) {
      return true;
    }
    char p = code[j];
    if ("(,=:[!&|?{};+-*%<>~^".indexOf(p) >= 0) {
      return true;
    }
    if (Character.isJavaIdentifierPart(p)) {
      int k = j;
      while (k >= 0 && Character.isJavaIdentifierPart(code[k])) {
        k--;
      }
      return REGEX_KEYWORDS.contains(new String(code, k + 1, j - k));
    }
    return false;
  }

  private int regex(int start) {
    int i = start + 1;
    boolean inClass = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n') {
        return start + 1; // not a regex after all: a lone '/'
      }
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        break;
      }
      i++;
    }
    blank(start + 1, i);
    i++;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  // ---------------------------------------------------------------- Python

  private void pythonCode() {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '#') {
        i = lineComment(i);
        continue;
      }
      int prefix = pythonPrefixLength(i);
      char quote = at(i + prefix);
      if (quote == '\'' || quote == '"') {
        i = pythonString(i, prefix, quote);
        continue;
      }
      i++;
    }
  }

  /** Length of a string prefix such as f, r, b, rb, fr at {@code i}, or 0. */
  private int pythonPrefixLength(int i) {
    if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
      return 0;
    }
    int n = 0;
    while (n < 2 && "rRbBuUfF".indexOf(at(i + n)) >= 0) {
      n++;
    }
    char after = at(i + n);
    return (after == '\'' || after == '"') ? n : 0;
  }

  private int pythonString(int start, int prefix, char quote) {
    String prefixText = text.substring(start, start + prefix).toLowerCase(Locale.ROOT);
    int open = start + prefix;
    boolean triple = at(open + 1) == quote && at(open + 2) == quote;
    int contentStart = open + (triple ? 3 : 1);
    int i = contentStart;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (triple) {
        if (c == quote && at(i + 1) == quote && at(i + 2) == quote) {
          break;
        }
      } else if (c == quote || c == '\n') {
        break;
      }
      i++;
    }
    int contentEnd = Math.min(i, text.length());
    blank(start, open); // the prefix letters are part of the literal
    blank(contentStart, contentEnd);
    int end =
        contentEnd >= text.length() || text.charAt(contentEnd) == '\n'
            ? contentEnd
            : contentEnd + (triple ? 3 : 1);
    String value = text.substring(contentStart, contentEnd);
    boolean interpolated = prefixText.contains("f") && value.replace("{{", "").contains("{");
    literals.add(new Literal(start, end, value, interpolated));
    return end;
  }

  // ---------------------------------------------------------------- C#

  private int csharpCode(int i, boolean untilBrace) {
    Interpolation interpolation = untilBrace ? new Interpolation() : null;
    while (i < text.length()) {
      char c = text.charAt(i);
      char next = at(i + 1);
      if (c == '/' && next == '/') {
        i = lineComment(i);
      } else if (c == '/' && next == '*') {
        i = blockComment(i);
      } else if (c == '\'') {
        i = charLiteral(i);
      } else if (c == '"' || ((c == '$' || c == '@') && csharpStringAhead(i))) {
        i = csharpString(i);
      } else if (interpolation != null && interpolation.closedBy(i)) {
        return i + 1;
      } else {
        i++;
      }
    }
    return i;
  }

  private boolean csharpStringAhead(int i) {
    int j = i;
    while (j < text.length() && (text.charAt(j) == '$' || text.charAt(j) == '@')) {
      j++;
    }
    return at(j) == '"';
  }

  private int charLiteral(int start) {
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != '\'' && text.charAt(i) != '\n') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    int end = i < text.length() && text.charAt(i) == '\'' ? i + 1 : i;
    blank(start + 1, Math.max(start + 1, end - 1));
    return end;
  }

  private int csharpString(int start) {
    int i = start;
    int dollars = 0;
    boolean verbatim = false;
    while (text.charAt(i) == '$' || text.charAt(i) == '@') {
      if (text.charAt(i) == '$') {
        dollars++;
      } else {
        verbatim = true;
      }
      i++;
    }
    int quotes = 0;
    while (at(i + quotes) == '"') {
      quotes++;
    }
    if (quotes >= 3) {
      return rawString(start, i, quotes);
    }
    int contentStart = i + 1;
    boolean interpolated = false;
    StringBuilder value = new StringBuilder();
    int j = contentStart;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (verbatim && c == '"' && at(j + 1) == '"') {
        value.append('"');
        blank(j, j + 2);
        j += 2;
      } else if (!verbatim && c == '\\') {
        value.append(c).append(at(j + 1));
        blank(j, j + 2);
        j += 2;
      } else if (c == '"') {
        break;
      } else if (c == '\n' && !verbatim) {
        break;
      } else if (dollars > 0 && c == '{' && at(j + 1) == '{') {
        value.append("{{");
        blank(j, j + 2);
        j += 2;
      } else if (dollars > 0 && c == '{') {
        interpolated = true;
        blank(j, j + 1);
        int end = csharpCode(j + 1, true);
        value.append('{').append(text, j + 1, Math.max(j + 1, end - 1)).append('}');
        j = end;
      } else {
        value.append(c);
        blank(j, j + 1);
        j++;
      }
    }
    int end = j < text.length() && text.charAt(j) == '"' ? j + 1 : j;
    blank(start, i); // the $ and @ prefixes
    literals.add(new Literal(start, end, value.toString(), interpolated));
    return end;
  }

  private int rawString(int start, int open, int quotes) {
    String fence = "\"".repeat(quotes);
    int contentStart = open + quotes;
    int close = text.indexOf(fence, contentStart);
    int contentEnd = close < 0 ? text.length() : close;
    int end = close < 0 ? text.length() : close + quotes;
    blank(start, open);
    blank(contentStart, contentEnd);
    String value = text.substring(contentStart, contentEnd);
    literals.add(
        new Literal(
            start, end, value, text.substring(start, open).contains("$") && value.contains("{")));
    return end;
  }
}
