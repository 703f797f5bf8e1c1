package dev.lmiadvisor.tools.review.config.template;

import java.util.List;
import java.util.Optional;

/**
 * One value of a parsed template, with the line it starts on. YAML and JSON templates produce the
 * same tree; CloudFormation's short tags ({@code !Ref X}) and long forms (<code>{"Ref": "X"}</code>
 * ) both become an {@link Intrinsic}.
 */
public sealed interface TemplateNode
    permits TemplateNode.Mapping,
        TemplateNode.Sequence,
        TemplateNode.Scalar,
        TemplateNode.Intrinsic {

  /** 1-based line where the value starts. */
  int line();

  /** A mapping; keys keep their template order. */
  record Mapping(List<Entry> entries, int line) implements TemplateNode {

    public Mapping {
      entries = List.copyOf(entries);
    }

    /** One key and its value; {@code keyLine} is where the key is written. */
    public record Entry(String key, int keyLine, TemplateNode value) {}

    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    public Optional<TemplateNode> get(String key) {
      return entry(key).map(Entry::value);
    }

    public boolean has(String key) {
      return entry(key).isPresent();
    }

    /** The value at a path of keys, when every step is a mapping. */
    public Optional<TemplateNode> at(String... path) {
      TemplateNode current = this;
      for (String key : path) {
        if (!(current instanceof Mapping mapping)) {
          return Optional.empty();
        }
        Optional<TemplateNode> next = mapping.get(key);
        if (next.isEmpty()) {
          return Optional.empty();
        }
        current = next.get();
      }
      return Optional.of(current);
    }

    public Optional<Mapping> mapping(String key) {
      return get(key).filter(Mapping.class::isInstance).map(Mapping.class::cast);
    }

    /** The line of the key, or of this mapping when the key is absent. */
    public int lineOf(String key) {
      return entry(key).map(Entry::keyLine).orElse(line);
    }
  }

  /** A list. */
  record Sequence(List<TemplateNode> items, int line) implements TemplateNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A plain value: text plus what kind of value the text is. */
  record Scalar(String text, Kind kind, int line) implements TemplateNode {

    /** What YAML or JSON said the value is; quoted values are always {@link #STRING}. */
    public enum Kind {
      STRING,
      NUMBER,
      BOOLEAN,
      NULL
    }

    /** The value as a number, also when it is a numeric string (CloudFormation converts those). */
    public Optional<Double> number() {
      if (kind == Kind.BOOLEAN || kind == Kind.NULL) {
        return Optional.empty();
      }
      try {
        return Optional.of(Double.parseDouble(text.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }

    /** The value as a boolean, also for the strings "true" and "false". */
    public Optional<Boolean> bool() {
      String value = text.trim();
      if (value.equalsIgnoreCase("true")) {
        return Optional.of(true);
      }
      if (value.equalsIgnoreCase("false")) {
        return Optional.of(false);
      }
      return Optional.empty();
    }
  }

  /**
   * An intrinsic function such as {@code Ref}, {@code Fn::GetAtt} or {@code Fn::Sub}. {@code
   * Fn::GetAtt} always carries a two-item sequence (logical id, attribute), whichever form the
   * template used.
   */
  record Intrinsic(String function, TemplateNode argument, int line) implements TemplateNode {}
}
