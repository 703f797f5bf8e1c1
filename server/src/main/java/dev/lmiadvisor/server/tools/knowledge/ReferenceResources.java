package dev.lmiadvisor.server.tools.knowledge;

import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.Reference;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.ResourceDefinition;
import java.util.Arrays;
import java.util.List;

/**
 * {@code lmi://references/{id}} for each reference: one read returns the English text and the
 * Chinese one (its URI carries {@code ?language=zh}).
 */
public final class ReferenceResources {

  private ReferenceResources() {}

  public static List<ResourceDefinition> all(Services services) {
    return Arrays.stream(ReferenceId.values())
        .map(
            id ->
                new ResourceDefinition(
                    id.resourceUri(),
                    id.id(),
                    "LMI reference: " + id.id(),
                    "The " + id.id() + " reference in English and Simplified Chinese (Markdown).",
                    "text/markdown",
                    () -> {
                      Reference en = services.knowledge().library().get(id, Language.EN);
                      Reference zh = services.knowledge().library().get(id, Language.ZH);
                      return List.of(
                          new ResourceDefinition.Contents(
                              id.resourceUri(), "text/markdown", en.markdown()),
                          new ResourceDefinition.Contents(
                              id.resourceUri() + "?language=zh", "text/markdown", zh.markdown()));
                    }))
        .toList();
  }
}
