package dev.lmiadvisor.tools.review.config.template;

import dev.lmiadvisor.tools.review.config.template.TemplateNode.Intrinsic;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Scalar;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Sequence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The names of CloudFormation's intrinsic functions, in both spellings. Source: <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html">Intrinsic
 * function reference</a> (as of 2026-11-21).
 */
final class Intrinsics {

  /** Functions written {@code !Name} in YAML and {@code Fn::Name} in JSON. */
  private static final Set<String> FN_FUNCTIONS =
      Set.of(
          "Base64",
          "Cidr",
          "FindInMap",
          "GetAtt",
          "GetAZs",
          "ImportValue",
          "Join",
          "Select",
          "Split",
          "Sub",
          "Transform",
          "And",
          "Equals",
          "If",
          "Not",
          "Or",
          "Length",
          "ToJsonString",
          "ForEach");

  private Intrinsics() {}

  /** The long name for a YAML short tag, e.g. {@code !GetAtt} → {@code Fn::GetAtt}. */
  static Optional<String> fromShortTag(String tag) {
    if (!tag.startsWith("!") || tag.startsWith("!!")) {
      return Optional.empty();
    }
    String name = tag.substring(1);
    if (name.equals("Ref") || name.equals("Condition")) {
      return Optional.of(name);
    }
    return FN_FUNCTIONS.contains(name) ? Optional.of("Fn::" + name) : Optional.empty();
  }

  /** Whether a single-key mapping with this key is the long form of an intrinsic. */
  static boolean isLongForm(String key) {
    return key.equals("Ref")
        || (key.startsWith("Fn::") && FN_FUNCTIONS.contains(key.substring("Fn::".length())));
  }

  /**
   * Builds the intrinsic node, normalising {@code !GetAtt Resource.Attribute} (a dotted string) to
   * the list form.
   */
  static Intrinsic of(String function, TemplateNode argument, int line) {
    if (function.equals("Fn::GetAtt") && argument instanceof Scalar scalar) {
      String text = scalar.text();
      int dot = text.indexOf('.');
      TemplateNode logicalId =
          new Scalar(dot < 0 ? text : text.substring(0, dot), Scalar.Kind.STRING, line);
      TemplateNode attribute =
          new Scalar(dot < 0 ? "" : text.substring(dot + 1), Scalar.Kind.STRING, line);
      return new Intrinsic(function, new Sequence(List.of(logicalId, attribute), line), line);
    }
    return new Intrinsic(function, argument, line);
  }
}
