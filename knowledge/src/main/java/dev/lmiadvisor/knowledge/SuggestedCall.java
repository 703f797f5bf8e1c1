package dev.lmiadvisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * A calculator call built from the numbers in a question: the tool computes what a reference's
 * worked example can only illustrate.
 *
 * @param tool the tool's name, for example {@code compare_costs}
 * @param arguments the arguments read from the question, by the tool's own field names
 * @param missing required fields the question did not give, which the caller must add
 */
public record SuggestedCall(String tool, Map<String, Object> arguments, List<String> missing) {

  public SuggestedCall {
    arguments = Map.copyOf(arguments);
    missing = List.copyOf(missing);
  }
}
