package dev.lmiadvisor.tools.review.code.nodejs;

import dev.lmiadvisor.tools.review.code.text.FunctionSpan;
import dev.lmiadvisor.tools.review.code.text.SourceText;
import dev.lmiadvisor.tools.review.code.text.SpanIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the functions of a JavaScript or TypeScript file (function declarations and expressions,
 * arrow functions, class and object methods), the names they are bound to, and which of them is the
 * Lambda handler.
 */
final class NodeOutline {

  private static final Pattern FUNCTION_KEYWORD =
      Pattern.compile("(?<![\\w$])(async\\s+)?function\\b\\s*\\*?\\s*([A-Za-z_$][\\w$]*)?\\s*\\(");
  private static final Pattern METHOD =
      Pattern.compile(
          "(?<![\\w$.])((?:(?:async|static|get|set|public|private|protected|override)\\s+)*)([A-Za-z_$][\\w$]*)\\s*\\(");
  private static final Pattern RETURN_TYPE = Pattern.compile("\\s*(:[^;{}()=]*)?\\s*");
  private static final Set<String> KEYWORDS =
      Set.of(
          "if",
          "for",
          "while",
          "switch",
          "catch",
          "function",
          "return",
          "with",
          "do",
          "else",
          "typeof",
          "new",
          "await",
          "yield",
          "import",
          "super",
          "constructor_",
          "void",
          "delete");

  private static final Pattern EXPORTED_FUNCTION =
      Pattern.compile(
          "export\\s+(?:default\\s+)?(?:async\\s+)?function\\s*\\*?\\s*([A-Za-z_$][\\w$]*)");
  private static final Pattern EXPORTED_BINDING =
      Pattern.compile("export\\s+(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)");
  private static final Pattern COMMONJS_EXPORT =
      Pattern.compile("(?<![\\w$])(?:module\\.)?exports\\.([A-Za-z_$][\\w$]*)\\s*=(?!=)");
  private static final Pattern EXPORT_LIST = Pattern.compile("export\\s*\\{([^}]*)}");
  private static final Pattern COMMONJS_OBJECT =
      Pattern.compile("module\\.exports\\s*=\\s*\\{([^}]*)}");

  private final SourceText source;
  private final String code;
  final List<FunctionSpan> functions = new ArrayList<>();
  private final SpanIndex index;
  private final Set<Integer> bodyStarts = new HashSet<>();

  NodeOutline(SourceText source) {
    this.source = source;
    this.code = source.code();
    findFunctionKeywords();
    findArrows();
    findMethods();
    functions.sort((a, b) -> Integer.compare(a.headerStart(), b.headerStart()));
    index = new SpanIndex(code.length(), functions);
  }

  /**
   * The handler: functions bound to the name "handler", else the exported ones, else all top-level
   * ones.
   */
  List<FunctionSpan> handlers() {
    Set<String> exported = exportedNames();
    Set<String> handlerNames = new LinkedHashSet<>();
    handlerNames.add("handler");
    for (Matcher m = EXPORT_LIST.matcher(code); m.find(); ) {
      for (String part : m.group(1).split(",")) {
        String[] words = part.strip().split("\\s+as\\s+");
        if (words.length == 2 && words[1].strip().equals("handler")) {
          handlerNames.add(words[0].strip());
        }
      }
    }
    for (Matcher m = COMMONJS_OBJECT.matcher(code); m.find(); ) {
      for (String part : m.group(1).split(",")) {
        String[] kv = part.split(":");
        if (kv.length == 2 && kv[0].strip().equals("handler")) {
          handlerNames.add(kv[1].strip());
        }
      }
    }
    List<FunctionSpan> named =
        functions.stream().filter(f -> handlerNames.contains(f.name())).toList();
    if (!named.isEmpty()) {
      return named;
    }
    List<FunctionSpan> exportedFunctions =
        functions.stream().filter(f -> exported.contains(f.name())).toList();
    if (!exportedFunctions.isEmpty()) {
      return exportedFunctions;
    }
    return functions.stream().filter(f -> enclosing(f.headerStart()) == null).toList();
  }

  private Set<String> exportedNames() {
    Set<String> names = new LinkedHashSet<>();
    for (Pattern p : List.of(EXPORTED_FUNCTION, EXPORTED_BINDING, COMMONJS_EXPORT)) {
      for (Matcher m = p.matcher(code); m.find(); ) {
        names.add(m.group(1));
      }
    }
    for (Matcher m = EXPORT_LIST.matcher(code); m.find(); ) {
      for (String part : m.group(1).split(",")) {
        names.add(part.strip().split("\\s+")[0]);
      }
    }
    for (Matcher m = COMMONJS_OBJECT.matcher(code); m.find(); ) {
      for (String part : m.group(1).split(",")) {
        String[] kv = part.split(":");
        names.add(kv[kv.length - 1].strip());
      }
    }
    return names;
  }

  /** The innermost function whose body contains the offset, or null at module scope. */
  FunctionSpan enclosing(int offset) {
    return index.innermost(offset);
  }

  boolean atModuleScope(int offset) {
    return enclosing(offset) == null;
  }

  private void add(FunctionSpan function) {
    functions.add(function);
    bodyStarts.add(function.bodyStart());
  }

  private void findFunctionKeywords() {
    Matcher m = FUNCTION_KEYWORD.matcher(code);
    while (m.find()) {
      int open = m.end() - 1;
      int close = source.matching(open);
      if (close < 0) {
        continue;
      }
      int brace = code.indexOf('{', close);
      if (brace < 0 || !RETURN_TYPE.matcher(code.substring(close + 1, brace)).matches()) {
        continue;
      }
      int end = source.matching(brace);
      if (end < 0) {
        continue;
      }
      String name = m.group(2) != null ? m.group(2) : assignedName(m.start());
      add(
          new FunctionSpan(
              name,
              m.start(),
              code.substring(open + 1, close),
              brace + 1,
              end,
              m.group(1) != null));
    }
  }

  private void findArrows() {
    int arrow = code.indexOf("=>");
    while (arrow >= 0) {
      addArrow(arrow);
      arrow = code.indexOf("=>", arrow + 2);
    }
  }

  private void addArrow(int arrow) {
    int headerStart;
    String parameters;
    int p = closingParenthesisBefore(arrow);
    if (p >= 0) {
      int open = source.matching(p);
      if (open < 0) {
        return;
      }
      headerStart = open;
      parameters = code.substring(open + 1, p);
    } else {
      int end = arrow;
      while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        return;
      }
      headerStart = start;
      parameters = code.substring(start, end);
    }
    boolean async = false;
    int before = headerStart;
    while (before > 0 && Character.isWhitespace(code.charAt(before - 1))) {
      before--;
    }
    if (before >= 5
        && code.startsWith("async", before - 5)
        && (before - 5 == 0 || !Character.isJavaIdentifierPart(code.charAt(before - 6)))) {
      async = true;
      headerStart = before - 5;
    }
    int bodyStart = source.skipBlanks(arrow + 2);
    int bodyEnd;
    if (bodyStart < code.length() && code.charAt(bodyStart) == '{') {
      int close = source.matching(bodyStart);
      if (close < 0) {
        return;
      }
      bodyStart++;
      bodyEnd = close;
    } else {
      bodyEnd = expressionEnd(bodyStart);
    }
    add(
        new FunctionSpan(
            assignedName(headerStart), headerStart, parameters, bodyStart, bodyEnd, async));
  }

  /**
   * The ')' that closes an arrow function's parameters: right before the arrow, or before a
   * TypeScript return type ({@code (e: E): Promise<R> =>}); -1 for a single bare parameter.
   */
  private int closingParenthesisBefore(int arrow) {
    int limit = Math.max(0, arrow - 300);
    for (int p = arrow - 1; p >= limit; p--) {
      char c = code.charAt(p);
      if (c == ';' || c == '{' || c == '}' || c == '=') {
        return -1;
      }
      if (c == ')' && RETURN_TYPE.matcher(code.substring(p + 1, arrow)).matches()) {
        return p;
      }
    }
    return -1;
  }

  /** End of an arrow function's expression body. */
  private int expressionEnd(int start) {
    int i = start;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        int close = source.matching(i);
        if (close < 0) {
          return code.length();
        }
        i = close + 1;
        continue;
      }
      if (c == ')' || c == ']' || c == '}' || c == ';' || c == ',') {
        return i;
      }
      if (c == '\n') {
        int next = i + 1;
        if (next < code.length()
            && !Character.isWhitespace(code.charAt(next))
            && ".?:+-*/&|".indexOf(code.charAt(next)) < 0) {
          return i;
        }
      }
      i++;
    }
    return code.length();
  }

  private void findMethods() {
    Matcher m = METHOD.matcher(code);
    while (m.find()) {
      String name = m.group(2);
      if (KEYWORDS.contains(name)) {
        continue;
      }
      char before = source.previousCodeChar(m.start());
      if (before != '{' && before != '}' && before != ';' && before != ',' && before != 0) {
        continue;
      }
      int open = m.end() - 1;
      int close = source.matching(open);
      if (close < 0) {
        continue;
      }
      int brace = code.indexOf('{', close);
      if (brace < 0 || !RETURN_TYPE.matcher(code.substring(close + 1, brace)).matches()) {
        continue;
      }
      int end = source.matching(brace);
      boolean duplicate = bodyStarts.contains(brace + 1);
      if (end < 0 || duplicate) {
        continue;
      }
      add(
          new FunctionSpan(
              name,
              m.start(),
              code.substring(open + 1, close),
              brace + 1,
              end,
              m.group(1).contains("async")));
    }
  }

  /**
   * The name a function expression is bound to: {@code const handler = async () => ...}, {@code
   * exports.handler = function ...}, {@code handler: () => ...}, also through a wrapping call such
   * as {@code const handler = middy(async (event) => ...)}.
   */
  private String assignedName(int headerStart) {
    int i = headerStart;
    for (int hops = 0; hops < 4; hops++) {
      i = skipBack(i);
      if (i <= 0) {
        return "";
      }
      char c = code.charAt(i - 1);
      if (c == '(') {
        int calleeEnd = skipBack(i - 1);
        int calleeStart = calleeEnd;
        while (calleeStart > 0
            && (Character.isJavaIdentifierPart(code.charAt(calleeStart - 1))
                || code.charAt(calleeStart - 1) == '.')) {
          calleeStart--;
        }
        if (calleeStart == calleeEnd) {
          return "";
        }
        i = calleeStart;
        continue;
      }
      if (c == '=' || c == ':') {
        if (c == '=' && i >= 2 && "=!<>".indexOf(code.charAt(i - 2)) >= 0) {
          return "";
        }
        int end = skipBack(i - 1);
        // TypeScript: const handler: Handler = ...
        int typeColon = code.lastIndexOf(':', end);
        int lineStart = code.lastIndexOf('\n', end) + 1;
        if (c == '='
            && typeColon >= lineStart
            && typeColon < end
            && code.substring(typeColon + 1, end).matches("[\\s\\w$<>,.\\[\\]|]*")) {
          end = skipBack(typeColon);
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
          start--;
        }
        return code.substring(start, end);
      }
      return "";
    }
    return "";
  }

  private int skipBack(int i) {
    while (i > 0 && Character.isWhitespace(code.charAt(i - 1))) {
      i--;
    }
    if (i >= 5 && code.startsWith("async", i - 5)) {
      int j = i - 5;
      if (j == 0 || !Character.isJavaIdentifierPart(code.charAt(j - 1))) {
        i = j;
        while (i > 0 && Character.isWhitespace(code.charAt(i - 1))) {
          i--;
        }
      }
    }
    return i;
  }
}
