package dev.lmiadvisor.tools.review;

import java.util.Locale;

/** How much a finding matters. The order is the order in which findings are reported. */
public enum Severity {
  /** The configuration or code will fail, or corrupts data under concurrency. */
  ERROR,
  /** Works, but is a documented hazard or against AWS guidance; change it before production. */
  WARNING,
  /** Worth knowing; nothing needs to change. */
  INFO;

  /** The lower-case name used in tool output ({@code error}, {@code warning}, {@code info}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
