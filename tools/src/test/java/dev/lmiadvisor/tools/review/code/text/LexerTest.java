package dev.lmiadvisor.tools.review.code.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.review.code.text.SourceText.Literal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

  private static List<String> values(SourceText source) {
    return source.literals().stream().map(Literal::value).toList();
  }

  @Test
  void javascriptCommentsAndStringsAreBlankedButTemplateExpressionsStayCode() {
    String js =
        "const a = '/tmp/x'; // process.env.X = 1\n"
            + "/* let y = 2; */ const b = `k-${process.env.STAGE}-${id}`;\n"
            + "const re = /\\/tmp\\/[a-z]+/g; const c = 4 / 2;";
    SourceText source = Lexer.javascript(js);
    assertEquals(js.length(), source.code().length(), "offsets are kept");
    assertFalse(source.code().contains("/tmp/x"));
    assertFalse(source.code().contains("process.env.X"));
    assertFalse(source.code().contains("let y"));
    assertTrue(source.code().contains("process.env.STAGE"), "interpolation is code");
    assertFalse(source.code().contains("[a-z]"), "regex literal is blanked");
    assertTrue(source.code().contains("4 / 2"), "division stays");
    assertEquals(List.of("/tmp/x", "k-${process.env.STAGE}-${id}"), values(source));
    assertTrue(source.literals().get(1).interpolated());
    assertEquals(2, source.lineOf(js.indexOf("const b")));
  }

  @Test
  void pythonTripleQuotedPrefixedAndFStrings() {
    String py =
        "\"\"\"doc /tmp/a\n'quoted'\"\"\"\nx = rb'raw\\''  # comment\ny = f\"/tmp/{rid}.json\"\nz = f'{{literal}}'\n";
    SourceText source = Lexer.python(py);
    assertEquals(
        List.of("doc /tmp/a\n'quoted'", "raw\\'", "/tmp/{rid}.json", "{{literal}}"),
        values(source));
    assertTrue(source.literals().get(2).interpolated());
    assertFalse(source.literals().get(3).interpolated(), "doubled braces are text");
    assertFalse(source.code().contains("comment"));
    assertEquals(3, source.lineOf(py.indexOf("x =")));
  }

  @Test
  void csharpVerbatimInterpolatedRawAndCharLiterals() {
    String cs =
        "var a = @\"C:\\tmp\\\"\"x\"\"\"; var b = $\"r-{Guid.NewGuid():N}\"; char c = '\"';\n"
            + "var d = \"\"\"\n  raw \"quoted\"\n  \"\"\"; // trailing\n";
    SourceText source = Lexer.csharp(cs);
    assertEquals(
        List.of("C:\\tmp\\\"x\"", "r-{Guid.NewGuid():N}", "\n  raw \"quoted\"\n  "),
        values(source));
    assertTrue(source.literals().get(1).interpolated());
    assertTrue(source.code().contains("Guid.NewGuid()"), "interpolation is code");
    assertFalse(source.code().contains("trailing"));
    assertTrue(source.code().contains("char c"), "a char literal does not swallow the line");
  }

  @Test
  void bracketsMatchAcrossBlankedText() {
    SourceText source = Lexer.javascript("f(a, '(', `)`, { b: [1] })");
    assertEquals(source.code().length() - 1, source.matching(1));
    assertEquals(1, source.matching(source.code().length() - 1));
  }
}
