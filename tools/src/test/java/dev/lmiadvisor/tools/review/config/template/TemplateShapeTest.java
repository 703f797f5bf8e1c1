package dev.lmiadvisor.tools.review.config.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateShapeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Resources: {Fn: {Type: 'AWS::Lambda::Function'}}                                 | TEMPLATE   | AWS::Lambda::Function",
        "Fn: {Type: 'AWS::Serverless::Function', Properties: {MemorySize: 4096}}          | RESOURCES  | AWS::Serverless::Function",
        "{Type: 'AWS::Lambda::CapacityProvider', Properties: {}}                         | RESOURCES  | AWS::Lambda::CapacityProvider",
        "CapacityProviderConfig: {LambdaManagedInstancesCapacityProviderConfig: {}}      | PROPERTIES | AWS::Lambda::Function",
        "CapacityProviderConfig: {Arn: x}                                                | PROPERTIES | AWS::Serverless::Function",
        "PermissionsConfig: {CapacityProviderOperatorRoleArn: x}                         | PROPERTIES | AWS::Lambda::CapacityProvider",
        "OperatorRole: x                                                                 | PROPERTIES | AWS::Serverless::CapacityProvider"
      })
  void recognisesTemplatesAndFragments(String yaml, TemplateShape shape, String firstType)
      throws TemplateSyntaxException {
    Template template = Template.of(YamlTemplateReader.read(yaml));
    assertEquals(shape, template.shape());
    assertEquals(firstType, template.resources().getFirst().type());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"- a list", "just text", "Description: no resources here", "Resources: [a, b]"})
  void somethingThatIsNotATemplateIsRefusedWithAnExplanation(String yaml) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Template.of(YamlTemplateReader.read(yaml)));
    assertTrue(e.getMessage().contains("Resources"), e.getMessage());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "!Ref Provider, Provider",
    "!GetAtt Provider.Arn, Provider",
    "!Sub '${Provider.Arn}', Provider",
    "!Sub 'arn:aws:lambda:x:${Provider}', ''",
    "plain, ''"
  })
  void findsTheLogicalIdAValuePointsAt(String yaml, String expected)
      throws TemplateSyntaxException {
    TemplateNode node =
        ((TemplateNode.Mapping) YamlTemplateReader.read("V: " + yaml)).get("V").orElseThrow();
    assertEquals(expected, Template.referencedId(node).orElse(""));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"MemorySize: !Ref Memory", "MemorySize: 3072"})
  void resolvesParameterDefaults(String property) throws TemplateSyntaxException {
    Template template =
        Template.of(
            YamlTemplateReader.read(
                "Parameters: {Memory: {Type: Number, Default: 3072}}\n"
                    + "Resources: {Fn: {Type: 'AWS::Lambda::Function', Properties: {"
                    + property
                    + "}}}"));
    TemplateNode memory =
        template.resource("Fn").orElseThrow().properties().get("MemorySize").orElseThrow();
    assertEquals(3072.0, template.number(memory).orElseThrow());
  }
}
