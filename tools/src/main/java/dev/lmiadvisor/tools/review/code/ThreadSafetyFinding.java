package dev.lmiadvisor.tools.review.code;

import dev.lmiadvisor.tools.review.Severity;

/**
 * One concurrency hazard in handler code.
 *
 * @param ruleId stable id, e.g. {@code TS-SHARED-STATE-WRITE}; see {@link ThreadSafetyRule}
 * @param line 1-based line in the submitted code
 * @param message the hazard, naming the variable or call
 * @param fix what to change
 */
public record ThreadSafetyFinding(
    String ruleId, Severity severity, int line, String message, String fix) {}
