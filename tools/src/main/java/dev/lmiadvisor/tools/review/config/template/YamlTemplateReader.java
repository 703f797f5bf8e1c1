package dev.lmiadvisor.tools.review.config.template;

import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Scalar;
import dev.lmiadvisor.tools.review.config.template.TemplateNode.Sequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a YAML template with SnakeYAML Engine's composer, which keeps every value's position and
 * leaves custom tags alone, so that {@code !Ref}, {@code !GetAtt}, {@code !Sub} and the other short
 * intrinsic tags need no constructors.
 */
public final class YamlTemplateReader {

  private YamlTemplateReader() {}

  public static TemplateNode read(String text) throws TemplateSyntaxException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel("template")
            .setSchema(new CoreSchema())
            .setAllowRecursiveKeys(false)
            .setAllowNonScalarKeys(false)
            // A billion-laughs document needs many aliases to collections; templates need none.
            .setMaxAliasesForCollections(50)
            .build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      throw new TemplateSyntaxException(
          describe(e),
          mark.map(m -> m.getLine() + 1).orElse(1),
          mark.map(m -> m.getColumn() + 1).orElse(1));
    } catch (YamlEngineException e) {
      throw new TemplateSyntaxException(String.valueOf(e.getMessage()), 1, 1);
    } catch (StackOverflowError e) {
      throw new TemplateSyntaxException("values are nested too deeply to read", 1, 1);
    }
    if (root.isEmpty()) {
      throw new TemplateSyntaxException("the template has no content", 1, 1);
    }
    return new Converter().convert(root.get(), 0, false);
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    return (context.isBlank() ? problem : context + ": " + problem).strip();
  }

  private static int lineOf(Node node) {
    return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
  }

  private static final class Converter {
    private final NodeBudget budget = new NodeBudget();
    private final Set<Node> onPath = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    TemplateNode convert(Node node, int depth, boolean ignoreTag) throws TemplateSyntaxException {
      int line = lineOf(node);
      budget.enter(depth, line);
      if (!ignoreTag) {
        Optional<String> intrinsic = Intrinsics.fromShortTag(node.getTag().getValue());
        if (intrinsic.isPresent()) {
          return Intrinsics.of(intrinsic.get(), convert(node, depth + 1, true), line);
        }
      }
      if (!onPath.add(node)) {
        throw new TemplateSyntaxException("a YAML alias refers to itself", line, 1);
      }
      try {
        return switch (node) {
          case ScalarNode scalar -> scalar(scalar, line);
          case SequenceNode sequence -> sequence(sequence, depth, line);
          case MappingNode mapping -> mapping(mapping, depth, line);
          default -> throw new TemplateSyntaxException("unsupported YAML node", line, 1);
        };
      } finally {
        onPath.remove(node);
      }
    }

    private TemplateNode scalar(ScalarNode node, int line) {
      if (node.getScalarStyle() != ScalarStyle.PLAIN) {
        return new Scalar(node.getValue(), Scalar.Kind.STRING, line);
      }
      Tag tag = node.getTag();
      Scalar.Kind kind;
      if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
        kind = Scalar.Kind.NUMBER;
      } else if (tag.equals(Tag.BOOL)) {
        kind = Scalar.Kind.BOOLEAN;
      } else if (tag.equals(Tag.NULL)) {
        kind = Scalar.Kind.NULL;
      } else {
        kind = Scalar.Kind.STRING;
      }
      return new Scalar(node.getValue(), kind, line);
    }

    private TemplateNode sequence(SequenceNode node, int depth, int line)
        throws TemplateSyntaxException {
      List<TemplateNode> items = new ArrayList<>();
      for (Node item : node.getValue()) {
        items.add(convert(item, depth + 1, false));
      }
      return new Sequence(items, line);
    }

    private TemplateNode mapping(MappingNode node, int depth, int line)
        throws TemplateSyntaxException {
      List<Mapping.Entry> entries = new ArrayList<>();
      Set<String> keys = new HashSet<>();
      for (NodeTuple tuple : node.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
          throw new TemplateSyntaxException(
              "mapping keys must be plain strings", lineOf(tuple.getKeyNode()), 1);
        }
        String key = keyNode.getValue();
        int keyLine = lineOf(keyNode);
        if (!keys.add(key)) {
          throw new TemplateSyntaxException("duplicate key '" + key + "'", keyLine, 1);
        }
        entries.add(
            new Mapping.Entry(key, keyLine, convert(tuple.getValueNode(), depth + 1, false)));
      }
      if (entries.size() == 1 && Intrinsics.isLongForm(entries.getFirst().key())) {
        Mapping.Entry only = entries.getFirst();
        return Intrinsics.of(only.key(), only.value(), line);
      }
      return new Mapping(entries, line);
    }
  }
}
