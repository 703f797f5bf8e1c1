package dev.lmiadvisor.tools.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.comments.CommentLine;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Writes a CloudFormation (or SAM) template held as maps, lists and scalars as YAML through
 * SnakeYAML Engine, so that quoting, escaping and indentation are the library's. Intrinsic
 * functions are written in their short form ({@code !Ref}, {@code !GetAtt}, {@code !Sub}) as YAML
 * tags on scalars. SnakeYAML Engine quotes every tagged scalar ({@code !GetAtt
 * 'CapacityProvider.Arn'}); CloudFormation reads that exactly as the unquoted form.
 *
 * <p>Template readers that follow YAML 1.1 (PyYAML, under cfn-lint and the SAM CLI) read {@code
 * yes}, {@code off} or {@code 2010-09-09} as a boolean or a date, where YAML 1.2 and this library
 * see strings. Such strings are therefore written quoted, so that every reader sees the string the
 * template means.
 */
final class CloudFormationYaml {

  /**
   * An intrinsic function in its short form.
   *
   * @param tag {@code !Ref}, {@code !GetAtt} or {@code !Sub}
   * @param argument the scalar argument, e.g. {@code CapacityProvider.Arn}
   */
  record Intrinsic(String tag, String argument) {}

  static Intrinsic ref(String name) {
    return new Intrinsic("!Ref", name);
  }

  static Intrinsic getAtt(String resourceAndAttribute) {
    return new Intrinsic("!GetAtt", resourceAndAttribute);
  }

  static Intrinsic sub(String template) {
    return new Intrinsic("!Sub", template);
  }

  /** An ordered mapping from alternating keys and values. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** YAML 1.1 booleans and nulls, numbers (including 1_000, 0x1F, 0o7, 1:20) and dates. */
  private static final Pattern YAML_11_NOT_A_STRING =
      Pattern.compile("(?i)y|yes|n|no|true|false|on|off|null|~|[-+.]?[0-9].*|[-+]?\\.(inf|nan)");

  private static final DumpSettings SETTINGS =
      DumpSettings.builder()
          .setDefaultFlowStyle(FlowStyle.BLOCK)
          .setIndent(2)
          .setIndicatorIndent(2)
          .setIndentWithIndicator(true)
          .setSplitLines(false)
          .setDumpComments(true)
          .build();

  private CloudFormationYaml() {}

  /** The template as YAML, its top-level sections separated by a blank line. */
  static String write(Map<String, Object> template) {
    Node root = new Representer().represent(template);
    List<NodeTuple> sections = ((MappingNode) root).getValue();
    for (NodeTuple section : sections.subList(1, sections.size())) {
      if (section.getValueNode() instanceof MappingNode) {
        section.getKeyNode().setBlockComments(List.of(BLANK_LINE));
      }
    }
    StringBuilder yaml = new StringBuilder();
    new Dump(SETTINGS).dumpNode(root, new Appender(yaml));
    return yaml.toString();
  }

  private static final CommentLine BLANK_LINE =
      new CommentLine(Optional.empty(), Optional.empty(), "", CommentType.BLANK_LINE);

  private static final class Representer extends StandardRepresenter {
    Representer() {
      super(SETTINGS);
      representers.put(
          Intrinsic.class,
          data -> {
            Intrinsic intrinsic = (Intrinsic) data;
            return representScalar(new Tag(intrinsic.tag()), intrinsic.argument());
          });
      representers.put(
          String.class,
          data -> {
            String text = (String) data;
            return representScalar(
                Tag.STR,
                text,
                YAML_11_NOT_A_STRING.matcher(text).matches()
                    ? ScalarStyle.SINGLE_QUOTED
                    : ScalarStyle.PLAIN);
          });
    }
  }

  private record Appender(StringBuilder target) implements StreamDataWriter {
    @Override
    public void write(String text) {
      target.append(text);
    }

    @Override
    public void write(String text, int offset, int length) {
      target.append(text, offset, offset + length);
    }
  }
}
