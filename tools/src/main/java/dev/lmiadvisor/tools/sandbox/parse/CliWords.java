package dev.lmiadvisor.tools.sandbox.parse;

import dev.lmiadvisor.tools.sandbox.CommandDenied;
import dev.lmiadvisor.tools.sandbox.validate.GlobalOptionsValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of an {@code aws} command sorted into service, operation, global options and the
 * operation's parameters, the way the AWS CLI reads them: {@code --name value...} or {@code
 * --name=value}, global options anywhere after {@code aws}.
 *
 * @param service the service word, e.g. {@code lambda}
 * @param operation the operation word, e.g. {@code list-functions}
 * @param globals global options by name; a flag maps to an empty optional
 * @param parameters operation parameters by CLI name (no dashes), each with its value words
 * @param extraArguments words after the operation that belong to no option (refused once the
 *     service and operation are known, so that the refusal can name them)
 */
public record CliWords(
    String service,
    String operation,
    Map<GlobalOption, Optional<String>> globals,
    Map<String, List<String>> parameters,
    List<String> extraArguments) {

  public static final String RULE_DUPLICATE = "duplicate-parameter";
  public static final String RULE_UNEXPECTED = "unexpected-argument";
  public static final String RULE_INCOMPLETE = "incomplete-command";

  public CliWords {
    globals = Collections.unmodifiableMap(new LinkedHashMap<>(globals));
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    extraArguments = List.copyOf(extraArguments);
  }

  /** Sorts the words of a lexed command (the first word is {@code aws}). */
  public static CliWords read(List<String> words) {
    List<String> positional = new ArrayList<>();
    Map<GlobalOption, Optional<String>> globals = new LinkedHashMap<>();
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    int i = 1;
    while (i < words.size()) {
      String word = words.get(i);
      if (word.startsWith("--") && word.length() > 2) {
        int eq = word.indexOf('=');
        String name = eq < 0 ? word.substring(2) : word.substring(2, eq);
        Optional<String> inline = eq < 0 ? Optional.empty() : Optional.of(word.substring(eq + 1));
        Optional<GlobalOption> global = GlobalOption.named(name);
        if (global.isPresent()) {
          i = readGlobal(words, i, global.get(), inline, globals);
          continue;
        }
        if (positional.size() < 2) {
          throw new CommandDenied(
              RULE_UNEXPECTED,
              "'--"
                  + name
                  + "' is not a global option; write aws <service> <operation> before the operation's parameters");
        }
        List<String> values = new ArrayList<>();
        inline.ifPresent(values::add);
        i++;
        while (inline.isEmpty() && i < words.size() && !words.get(i).startsWith("--")) {
          values.add(words.get(i));
          i++;
        }
        if (parameters.putIfAbsent(name, List.copyOf(values)) != null) {
          throw new CommandDenied(
              RULE_DUPLICATE, "--" + name + " is given twice; give each parameter once");
        }
        continue;
      }
      if (word.equals("--")) {
        throw new CommandDenied(RULE_UNEXPECTED, "'--' is not accepted; remove it");
      }
      positional.add(word);
      i++;
    }
    if (positional.isEmpty()) {
      throw new CommandDenied(
          RULE_INCOMPLETE,
          "name a service and an operation, e.g. aws lambda list-capacity-providers");
    }
    if (positional.size() == 1) {
      throw new CommandDenied(
          RULE_INCOMPLETE,
          "name an operation after '"
              + positional.getFirst()
              + "', e.g. aws "
              + positional.getFirst()
              + " list-...");
    }
    return new CliWords(
        positional.get(0),
        positional.get(1),
        globals,
        parameters,
        positional.subList(2, positional.size()));
  }

  private static int readGlobal(
      List<String> words,
      int i,
      GlobalOption option,
      Optional<String> inline,
      Map<GlobalOption, Optional<String>> globals) {
    Optional<String> value;
    int next = i + 1;
    if (option.takesValue()) {
      if (inline.isPresent()) {
        value = inline;
      } else if (next < words.size() && !words.get(next).startsWith("--")) {
        value = Optional.of(words.get(next));
        next++;
      } else {
        throw new CommandDenied(
            GlobalOptionsValidator.RULE_INVALID, "--" + option.cliName() + " needs a value");
      }
    } else {
      if (inline.isPresent()) {
        throw new CommandDenied(
            GlobalOptionsValidator.RULE_INVALID, "--" + option.cliName() + " takes no value");
      }
      value = Optional.empty();
    }
    if (globals.putIfAbsent(option, value) != null) {
      throw new CommandDenied(
          RULE_DUPLICATE, "--" + option.cliName() + " is given twice; give it once");
    }
    return next;
  }

  /** The refusal of words that belong to no option. */
  public static CommandDenied unexpected(String word) {
    return new CommandDenied(
        RULE_UNEXPECTED,
        "unexpected argument '"
            + (word.length() <= 40 ? word : word.substring(0, 40) + "...")
            + "': give values after their --parameter; positional arguments such as an output file are not supported (results come back in the tool output)");
  }
}
