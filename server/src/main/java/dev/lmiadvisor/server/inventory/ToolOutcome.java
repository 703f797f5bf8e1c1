package dev.lmiadvisor.server.inventory;

import java.util.List;

/**
 * What a tool handler returns: a record (or map) that becomes {@code structuredContent}, matching
 * the tool's output schema, a short text for people and for clients that read only text, and the
 * images that illustrate it (compare_costs' break-even chart), if any.
 */
public record ToolOutcome(Object structured, String text, List<Image> images) {

  public ToolOutcome {
    images = List.copyOf(images);
  }

  public ToolOutcome(Object structured, String text) {
    this(structured, text, List.of());
  }

  /**
   * @param mimeType {@code image/svg+xml} or {@code image/png}
   * @param data the image's bytes
   * @param description what it shows, for people who cannot see it
   */
  public record Image(String mimeType, byte[] data, String description) {

    public static final String SVG = "image/svg+xml";
    public static final String PNG = "image/png";

    public Image {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    /** The file name extension people expect for the type. */
    public String extension() {
      return SVG.equals(mimeType) ? "svg" : "png";
    }
  }
}
