package dev.lmiadvisor.server.tools.knowledge;

import static dev.lmiadvisor.server.inventory.Schema.enumOf;
import static dev.lmiadvisor.server.inventory.Schema.names;
import static dev.lmiadvisor.server.inventory.Schema.object;
import static dev.lmiadvisor.server.inventory.Schema.string;

import dev.lmiadvisor.knowledge.KnowledgeService;
import dev.lmiadvisor.knowledge.Language;
import dev.lmiadvisor.knowledge.Reference;
import dev.lmiadvisor.knowledge.ReferenceId;
import dev.lmiadvisor.server.Services;
import dev.lmiadvisor.server.inventory.Hints;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import dev.lmiadvisor.server.output.OutputSchema;
import java.util.List;

/** read_reference: one reference, or one section of it, with the ids of all its sections. */
public final class ReadReference {

  public static final String NAME = "read_reference";

  /**
   * What was read, and the section ids of the whole reference it belongs to.
   *
   * @param sections every section id of the reference, to ask for one next
   * @param text the reference or the section, Markdown
   */
  public record Output(
      ReferenceId reference, String title, Language language, List<String> sections, String text) {}

  private ReadReference() {}

  public static ToolDefinition definition(Services services) {
    return new ToolDefinition(
        NAME,
        "Read an LMI reference",
        "Returns one of the six LMI references in full, or one section of it, in English or"
            + " Chinese, with the list of its section ids.",
        KnowledgeInputs.TOOLSET,
        Hints.LOCAL_READ,
        object("")
            .required(
                "reference", enumOf("One of the six reference ids.", names(ReferenceId.values())))
            .optional(
                "section", string("A section id; omit for the whole reference.").maxLength(100))
            .optional(
                "language", KnowledgeInputs.referenceLanguage("Language of the text; default en."))
            .closed()
            .toMap(),
        OutputSchema.of(NAME, Output.class).values("language", "en", "zh").toMap(),
        request -> {
          KnowledgeService knowledge = services.knowledge();
          Reference read =
              knowledge.read(
                  request.string("reference"),
                  request.optionalString("section").orElse(null),
                  request.optionalString("language").orElse(null));
          List<String> sections = knowledge.library().get(read.id(), read.language()).sectionIds();
          return new ToolOutcome(
              new Output(read.id(), read.title(), read.language(), sections, read.markdown()),
              read.markdown());
        });
  }
}
