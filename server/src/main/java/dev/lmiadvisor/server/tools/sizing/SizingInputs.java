package dev.lmiadvisor.server.tools.sizing;

import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.names;
import static dev.lmiadvisor.server.inventory.Schema.number;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.MustMention;
import dev.lmiadvisor.server.inventory.Schema;
import dev.lmiadvisor.tools.sizing.WorkloadKind;
import dev.lmiadvisor.tools.vocabulary.Architecture;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Input fields the sizing tools share (fresh builders on every call: they are mutable), with the
 * defaults every front end gets: arm64 (Graviton), us-east-1, a balanced workload.
 */
final class SizingInputs {

  static final String TOOLSET = "sizing";
  static final String DEFAULT_ARCHITECTURE = "arm64";
  static final String DEFAULT_REGION = "us-east-1";

  private SizingInputs() {}

  static Schema runtime(String description, boolean withOther) {
    String[] values = names(LambdaRuntime.values());
    if (withOther) {
      values =
          Stream.concat(Arrays.stream(values), Stream.of(SizingArguments.OTHER_RUNTIME))
              .toArray(String[]::new);
    }
    return enumOf(description, values);
  }

  static Schema workload() {
    return enumOf(
        "What the function spends its time on; default balanced.", names(WorkloadKind.values()));
  }

  static Schema architecture(String description) {
    return enumOf(description, names(Architecture.values())).defaultValue(DEFAULT_ARCHITECTURE);
  }

  static Schema region(String description) {
    return string(description).pattern("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$").maxLength(30);
  }

  static Schema positiveNumber(String description) {
    return number(description).with("exclusiveMinimum", 0);
  }

  static List<String> english(List<MustMention> facts) {
    return MustMention.texts(facts, Language.EN);
  }
}
