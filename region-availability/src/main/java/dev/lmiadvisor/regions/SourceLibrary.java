package dev.lmiadvisor.regions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The sources of {@code sources.json}, which every other data file cites by id. */
public final class SourceLibrary {

  private static final Set<String> KINDS = Set.of("primary", "secondary");

  private final Map<String, Source> byId;

  private SourceLibrary(Map<String, Source> byId) {
    this.byId = Map.copyOf(byId);
  }

  static SourceLibrary load() {
    return from(DataFile.read("sources.json"));
  }

  static SourceLibrary from(DataFile file) {
    Map<String, Source> byId = new LinkedHashMap<>();
    for (JsonNode node : file.array(file.root(), "sources")) {
      Source source =
          new Source(
              file.text(node, "id"),
              file.text(node, "title"),
              file.text(node, "url"),
              file.optionalDate(node, "published"),
              file.date(node, "checked"),
              file.text(node, "kind"),
              file.text(node, "note"));
      if (!KINDS.contains(source.kind())) {
        throw file.problem("source " + source.id() + " has kind '" + source.kind() + "'");
      }
      if (!source.url().startsWith("https://")) {
        throw file.problem("source " + source.id() + " needs an https URL");
      }
      if (byId.put(source.id(), source) != null) {
        throw file.problem("source id " + source.id() + " appears twice");
      }
    }
    return new SourceLibrary(byId);
  }

  /** The sources a data file cites; an id that is not in {@code sources.json} is a data bug. */
  List<Source> cited(DataFile citing, List<String> ids) {
    return ids.stream()
        .map(
            id -> {
              Source source = byId.get(id);
              if (source == null) {
                throw citing.problem("cites source '" + id + "', which sources.json lacks");
              }
              return source;
            })
        .toList();
  }

  public List<Source> all() {
    return List.copyOf(byId.values());
  }
}
