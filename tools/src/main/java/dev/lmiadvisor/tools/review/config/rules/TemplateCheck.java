package dev.lmiadvisor.tools.review.config.rules;

/** One group of related configuration rules. */
interface TemplateCheck {
  void check(ReviewedTemplate template, Findings findings);
}
