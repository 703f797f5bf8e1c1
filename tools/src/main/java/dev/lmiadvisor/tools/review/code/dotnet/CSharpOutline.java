package dev.lmiadvisor.tools.review.code.dotnet;

import dev.lmiadvisor.tools.review.code.text.FunctionSpan;
import dev.lmiadvisor.tools.review.code.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The types, fields, properties and methods of a C# file, found by walking its braces: a block
 * whose header names a class, struct, record or interface is a type; inside a type, a block whose
 * header ends in a parameter list is a method or constructor, and a statement ending in ';' is a
 * field (or an expression-bodied method).
 */
final class CSharpOutline {

  private static final Pattern TYPE_HEADER =
      Pattern.compile("\\b(class|struct|record|interface)\\s+([A-Za-z_]\\w*)");
  private static final Pattern NAMESPACE = Pattern.compile("(?m)^\\s*namespace\\b");
  private static final Pattern ATTRIBUTES = Pattern.compile("^\\s*\\[[^\\]]*]");
  private static final Pattern MODIFIERS =
      Pattern.compile(
          "^\\s*((?:(?:public|private|protected|internal|static|readonly|const|volatile|new|unsafe|required|file|override|virtual|sealed|abstract|extern|async|partial)\\s+)*)");
  private static final Pattern DECLARATION =
      Pattern.compile("^([\\w.<>,\\[\\]?()\\s]+?)\\s+([A-Za-z_]\\w*)\\s*(?:=\\s*([\\s\\S]*))?$");
  private static final Set<String> NOT_METHODS =
      Set.of(
          "if", "for", "foreach", "while", "switch", "catch", "using", "lock", "fixed", "return",
          "new", "nameof", "typeof", "sizeof", "default", "when", "base", "this");

  /** A field, or a property with a body, of a type. */
  record Field(
      String type,
      String name,
      String initializer,
      boolean isStatic,
      boolean readonly,
      boolean constant,
      boolean threadStatic,
      boolean property,
      String owner,
      int offset) {}

  /** A method or constructor of a type. */
  record Method(FunctionSpan span, String owner, boolean constructor) {}

  private enum Kind {
    TOP,
    NAMESPACE,
    TYPE
  }

  private final SourceText source;
  private final String code;
  final List<Field> fields = new ArrayList<>();
  final List<Method> methods = new ArrayList<>();

  CSharpOutline(SourceText source) {
    this.source = source;
    this.code = source.code();
    walk(0, code.length(), Kind.TOP, "");
  }

  private void walk(int start, int end, Kind kind, String typeName) {
    int i = start;
    int statementStart = start;
    while (i < end) {
      char c = code.charAt(i);
      if (c == '(' || c == '[') {
        int close = source.matching(i);
        i = close < 0 || close >= end ? i + 1 : close + 1;
        continue;
      }
      if (c == '{') {
        int close = source.matching(i);
        if (close < 0 || close >= end) {
          i++;
          continue;
        }
        String header = code.substring(statementStart, i);
        Matcher type = TYPE_HEADER.matcher(header);
        if (type.find() && !header.contains("=")) {
          walk(i + 1, close, Kind.TYPE, type.group(2));
        } else if (NAMESPACE.matcher(header).find()) {
          walk(i + 1, close, Kind.NAMESPACE, "");
        } else if (kind == Kind.TYPE) {
          if (header.contains("=") && !header.contains("=>")) {
            i = close + 1; // an initializer ({ ... }) inside a field declaration
            continue;
          }
          member(header, statementStart, i + 1, close, typeName);
        }
        i = close + 1;
        statementStart = i;
        continue;
      }
      if (c == ';') {
        if (kind == Kind.TYPE) {
          statement(code.substring(statementStart, i), statementStart, i, typeName);
        }
        statementStart = i + 1;
      }
      i++;
    }
  }

  /** A member with a block body: a method, a constructor or a property. */
  private void member(String header, int headerStart, int bodyStart, int bodyEnd, String typeName) {
    Attributes attributes = attributes(header);
    String rest = header.substring(attributes.length());
    int restStart = headerStart + attributes.length();
    int paren = rest.indexOf('(');
    if (paren >= 0) {
      method(rest, restStart, paren, bodyStart, bodyEnd, typeName);
      return;
    }
    Matcher modifiers = MODIFIERS.matcher(rest);
    modifiers.find();
    Matcher declaration = DECLARATION.matcher(rest.substring(modifiers.end()).strip());
    if (declaration.matches()) {
      String accessors = code.substring(bodyStart, bodyEnd);
      boolean writable = accessors.matches("(?s).*\\b(set|init)\\b.*");
      String mods = modifiers.group(1);
      fields.add(
          new Field(
              declaration.group(1).strip(),
              declaration.group(2),
              "",
              mods.contains("static"),
              !writable,
              false,
              attributes.threadStatic(),
              true,
              typeName,
              restStart + modifiers.end()));
    }
  }

  private void method(
      String rest, int restStart, int paren, int bodyStart, int bodyEnd, String typeName) {
    int nameEnd = paren;
    while (nameEnd > 0 && Character.isWhitespace(rest.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    if (nameEnd > 0 && rest.charAt(nameEnd - 1) == '>') {
      int depth = 0;
      int j = nameEnd - 1;
      for (; j >= 0; j--) {
        if (rest.charAt(j) == '>') {
          depth++;
        } else if (rest.charAt(j) == '<' && --depth == 0) {
          break;
        }
      }
      nameEnd = Math.max(0, j);
    }
    int nameStart = nameEnd;
    while (nameStart > 0 && Character.isJavaIdentifierPart(rest.charAt(nameStart - 1))) {
      nameStart--;
    }
    String name = rest.substring(nameStart, nameEnd);
    if (name.isEmpty() || NOT_METHODS.contains(name)) {
      return;
    }
    int open = restStart + paren;
    int close = source.matching(open);
    String parameters = close > open ? code.substring(open + 1, close) : "";
    boolean async =
        MODIFIERS
            .matcher(rest)
            .results()
            .findFirst()
            .map(r -> r.group(1).contains("async"))
            .orElse(false);
    methods.add(
        new Method(
            new FunctionSpan(name, restStart, parameters, bodyStart, bodyEnd, async),
            typeName,
            name.equals(typeName)));
  }

  /** A statement of a type body: a field, or an expression-bodied method. */
  private void statement(String text, int start, int end, String typeName) {
    Attributes attributes = attributes(text);
    String rest = text.substring(attributes.length());
    int restStart = start + attributes.length();
    int arrow = rest.indexOf("=>");
    int paren = rest.indexOf('(');
    int assignment = assignmentIndex(rest);
    boolean initializedField = assignment >= 0 && (paren < 0 || assignment < paren);
    if (!initializedField && arrow >= 0 && paren >= 0 && paren < arrow) {
      method(rest.substring(0, arrow), restStart, paren, restStart + arrow + 2, end, typeName);
      return;
    }
    Matcher modifiers = MODIFIERS.matcher(rest);
    modifiers.find();
    String mods = modifiers.group(1);
    String declarationText = rest.substring(modifiers.end()).strip();
    int eq = declarationText.indexOf('=');
    String left = eq < 0 ? declarationText : declarationText.substring(0, eq);
    if (left.contains("(") && !left.strip().startsWith("(")) {
      return; // a method without a body (abstract, extern, interface)
    }
    Matcher declaration = DECLARATION.matcher(declarationText);
    if (!declaration.matches() || arrow >= 0 && (eq < 0 || arrow < eq)) {
      return; // expression-bodied property: no storage
    }
    fields.add(
        new Field(
            declaration.group(1).strip(),
            declaration.group(2),
            declaration.group(3) == null ? "" : declaration.group(3).strip(),
            mods.contains("static") || mods.contains("const"),
            mods.contains("readonly"),
            mods.contains("const"),
            attributes.threadStatic(),
            false,
            typeName,
            restStart + modifiers.end()));
  }

  /** Offset of the first '=' that assigns (not part of =>, ==, <=, >= or !=), or -1. */
  private static int assignmentIndex(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '=') {
        continue;
      }
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (after != '>' && after != '=' && "=!<>".indexOf(before) < 0) {
        return i;
      }
    }
    return -1;
  }

  private record Attributes(int length, boolean threadStatic) {}

  private static Attributes attributes(String text) {
    int length = 0;
    boolean threadStatic = false;
    Matcher m = ATTRIBUTES.matcher(text);
    while (m.find()) {
      threadStatic |= m.group().contains("ThreadStatic");
      length += m.end();
      m = ATTRIBUTES.matcher(text.substring(length));
    }
    return new Attributes(length, threadStatic);
  }
}
