package dev.lmiadvisor.tools.review.code.handler;

import dev.lmiadvisor.tools.review.code.text.FunctionSpan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names each function declares itself: the identifiers of its parameters and of its local
 * declarations. A local shadows shared state of the same name, so writing it is no hazard. Worked
 * out once per function.
 */
public final class LocalNames {

  private final String code;
  private final Pattern identifier;
  private final Pattern declaration;
  private final Map<FunctionSpan, Set<String>> byFunction = new HashMap<>();

  /**
   * @param identifier an identifier of the language
   * @param declaration a local declaration, the declared names in its group 1 ({@code const a},
   *     {@code let {b, c}}, {@code var x =})
   */
  public LocalNames(String code, Pattern identifier, Pattern declaration) {
    this.code = code;
    this.identifier = identifier;
    this.declaration = declaration;
  }

  public Set<String> of(FunctionSpan function) {
    return byFunction.computeIfAbsent(function, this::declaredBy);
  }

  private Set<String> declaredBy(FunctionSpan function) {
    Set<String> names = new HashSet<>();
    identifier.matcher(function.parameters()).results().forEach(m -> names.add(m.group()));
    Matcher declared = declaration.matcher(code);
    declared.useAnchoringBounds(false);
    declared.region(function.bodyStart(), function.bodyEnd());
    while (declared.find()) {
      identifier.matcher(declared.group(1)).results().forEach(m -> names.add(m.group()));
    }
    return Set.copyOf(names);
  }
}
