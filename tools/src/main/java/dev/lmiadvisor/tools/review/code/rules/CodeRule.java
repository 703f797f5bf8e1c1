package dev.lmiadvisor.tools.review.code.rules;

import dev.lmiadvisor.tools.review.code.CodeFindings;
import dev.lmiadvisor.tools.review.code.handler.HandlerModel;

/** One check of a handler file, reporting into the review's findings. */
@FunctionalInterface
public interface CodeRule {

  void check(HandlerModel file, CodeFindings findings);
}
