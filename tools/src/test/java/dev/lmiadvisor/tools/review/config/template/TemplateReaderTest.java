package dev.lmiadvisor.tools.review.config.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.review.config.template.TemplateNode.Intrinsic;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Scalar;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Sequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateReaderTest {

  private static TemplateNode value(String yaml) throws TemplateSyntaxException {
    return ((Mapping) YamlTemplateReader.read("Value: " + yaml)).get("Value").orElseThrow();
  }

  @ParameterizedTest(name = "!{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ref X                          | Ref",
        "GetAtt X.Arn                   | Fn::GetAtt",
        "Sub 'arn:${AWS::Partition}:x'  | Fn::Sub",
        "Join [',', [a, b]]             | Fn::Join",
        "If [IsProd, 1, 2]              | Fn::If",
        "Select [0, [a]]                | Fn::Select",
        "Split [',', 'a,b']             | Fn::Split",
        "FindInMap [M, K, V]            | Fn::FindInMap",
        "ImportValue shared-arn         | Fn::ImportValue",
        "Base64 text                    | Fn::Base64",
        "Cidr [10.0.0.0/16, 3, 8]       | Fn::Cidr",
        "GetAZs ''                      | Fn::GetAZs",
        "Equals [a, b]                  | Fn::Equals",
        "And [!Condition A, !Condition B] | Fn::And",
        "Or [!Condition A, !Condition B]  | Fn::Or",
        "Not [!Condition A]             | Fn::Not",
        "Condition IsProd               | Condition"
      })
  void everyShortIntrinsicTagBecomesAnIntrinsic(String tagged, String function)
      throws TemplateSyntaxException {
    Intrinsic intrinsic = assertInstanceOf(Intrinsic.class, value("!" + tagged));
    assertEquals(function, intrinsic.function());
  }

  @Test
  void getAttInDottedAndListFormReadTheSame() throws TemplateSyntaxException {
    Intrinsic dotted = (Intrinsic) value("!GetAtt Provider.Arn");
    Intrinsic listed = (Intrinsic) value("{'Fn::GetAtt': [Provider, Arn]}");
    for (Intrinsic intrinsic : new Intrinsic[] {dotted, listed}) {
      Sequence args = assertInstanceOf(Sequence.class, intrinsic.argument());
      assertEquals("Provider", ((Scalar) args.items().get(0)).text());
      assertEquals("Arn", ((Scalar) args.items().get(1)).text());
    }
  }

  @Test
  void scalarsKeepTheirKindAndQuotedValuesStayStrings() throws TemplateSyntaxException {
    assertEquals(Scalar.Kind.NUMBER, ((Scalar) value("2048")).kind());
    assertEquals(Scalar.Kind.BOOLEAN, ((Scalar) value("true")).kind());
    assertEquals(Scalar.Kind.STRING, ((Scalar) value("'2048'")).kind());
    assertEquals(2048.0, ((Scalar) value("'2048'")).number().orElseThrow());
  }

  @Test
  void everyValueKnowsItsLine() throws TemplateSyntaxException {
    Mapping root = (Mapping) YamlTemplateReader.read("A: 1\nB:\n  C: !Ref D\n  E: [x, y]\n");
    Mapping b = root.mapping("B").orElseThrow();
    assertEquals(2, root.lineOf("B"));
    assertEquals(3, b.get("C").orElseThrow().line());
    assertEquals(4, b.lineOf("E"));
  }

  @Test
  void malformedYamlReportsTheLine() {
    TemplateSyntaxException e =
        assertThrows(
            TemplateSyntaxException.class,
            () -> YamlTemplateReader.read("Resources:\n  Fn:\n    Type: X\n   Bad: [\n"));
    assertTrue(e.line() >= 4, "line " + e.line());
  }

  @Test
  void duplicateKeysAreRejectedWithTheirLine() {
    TemplateSyntaxException e =
        assertThrows(
            TemplateSyntaxException.class, () -> YamlTemplateReader.read("A: 1\nB: 2\nA: 3\n"));
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("duplicate key 'A'"));
  }

  @Test
  void aliasBombsAreRefusedInsteadOfExpanded() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 60; i++) {
      yaml.append(
          "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n"
              .formatted(
                  i, i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1));
    }
    assertThrows(TemplateSyntaxException.class, () -> YamlTemplateReader.read(yaml.toString()));
  }

  @Test
  void deeplyNestedDocumentsAreRefused() {
    String json = "[".repeat(5_000) + "]".repeat(5_000);
    assertThrows(TemplateSyntaxException.class, () -> JsonTemplateReader.read(json));
    assertThrows(TemplateSyntaxException.class, () -> YamlTemplateReader.read(json));
  }

  @Test
  void jsonLongFormIntrinsicsAndErrorsWithLines() throws TemplateSyntaxException {
    Mapping root =
        (Mapping)
            JsonTemplateReader.read(
                "{\n \"A\": {\"Ref\": \"B\"},\n \"C\": {\"Fn::Sub\": \"x\"}\n}");
    assertEquals("Ref", ((Intrinsic) root.get("A").orElseThrow()).function());
    assertEquals(3, root.lineOf("C"));
    TemplateSyntaxException e =
        assertThrows(
            TemplateSyntaxException.class, () -> JsonTemplateReader.read("{\n \"A\": 1,\n}"));
    assertEquals(3, e.line());
    TemplateSyntaxException duplicate =
        assertThrows(
            TemplateSyntaxException.class, () -> JsonTemplateReader.read("{\"A\": 1,\n \"A\": 2}"));
    assertEquals(2, duplicate.line());
  }
}
