package dev.lmiadvisor.tools.review.config.template;

import dev.lmiadvisor.tools.review.config.template.TemplateNode.Mapping;

/**
 * One entry of the template's {@code Resources}.
 *
 * @param logicalId the key under {@code Resources}, or {@code (fragment)} for a pasted fragment
 * @param type e.g. {@code AWS::Lambda::Function}; empty when the template omits it
 * @param properties the resource's {@code Properties}, empty when absent
 * @param line where the resource is declared
 */
public record Resource(String logicalId, String type, Mapping properties, int line) {

  public boolean is(String resourceType) {
    return type.equals(resourceType);
  }

  /** The line of a top-level property, or of the resource when the property is absent. */
  public int lineOf(String property) {
    return properties.entry(property).map(Mapping.Entry::keyLine).orElse(line);
  }
}
