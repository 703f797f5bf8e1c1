package dev.lmiadvisor.tools.review.config;

import dev.lmiadvisor.tools.review.Severity;

/**
 * One problem in a template.
 *
 * @param ruleId stable id, e.g. {@code CFG-MEMORY-MIN}; see {@link ConfigurationRule}
 * @param resource the logical id of the resource, or {@code (template)} for the whole template
 * @param line 1-based line in the submitted text
 * @param message what is wrong and why it matters on Lambda Managed Instances
 * @param fix what to change
 */
public record ConfigurationFinding(
    String ruleId, Severity severity, String resource, int line, String message, String fix) {

  /** Resource name for findings about the template as a whole. */
  public static final String TEMPLATE = "(template)";
}
