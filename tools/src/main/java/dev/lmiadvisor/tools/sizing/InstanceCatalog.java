package dev.lmiadvisor.tools.sizing;

import dev.lmiadvisor.tools.vocabulary.Architecture;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The instance types sizing may suggest, with their shapes. */
public record InstanceCatalog(List<InstanceType> types) {

  public InstanceCatalog {
    types = List.copyOf(types);
  }

  public Optional<InstanceType> find(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return types.stream().filter(t -> t.name().equals(wanted)).findFirst();
  }

  public List<InstanceType> of(InstanceFamily family, Architecture architecture) {
    return types.stream()
        .filter(t -> t.family() == family && t.architecture() == architecture)
        .toList();
  }

  public List<String> names() {
    return types.stream().map(InstanceType::name).toList();
  }
}
