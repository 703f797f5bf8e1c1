package dev.lmiadvisor.tools.review.config.template;

/** How much of a template was pasted; fragments are reviewed with what they show. */
public enum TemplateShape {
  /** A whole template with a {@code Resources} section. */
  TEMPLATE,
  /** One or more resources ({@code Name: {Type: ..., Properties: ...}}) without the template. */
  RESOURCES,
  /**
   * Some properties of one resource (for example a {@code CapacityProviderConfig} block), without
   * its type: only the blocks shown are checked.
   */
  PROPERTIES;

  public boolean isFragment() {
    return this != TEMPLATE;
  }
}
