package dev.lmiadvisor.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The six curated references. Their ids are part of the public contract (SPEC.md, "Tools"). */
public enum ReferenceId {
  COST_COMPARISON("cost-comparison"),
  CONFIGURATION_GUIDE("configuration-guide"),
  THREAD_SAFETY("thread-safety"),
  MIGRATION_PATTERNS("migration-patterns"),
  INFRASTRUCTURE_SETUP("infrastructure-setup"),
  TROUBLESHOOTING("troubleshooting");

  private final String id;

  ReferenceId(String id) {
    this.id = id;
  }

  /** The stable id clients use, for example {@code cost-comparison}. */
  public String id() {
    return id;
  }

  /** The resource URI under which the reference is served, {@code lmi://references/{id}}. */
  public String resourceUri() {
    return "lmi://references/" + id;
  }

  /** Looks an id up, ignoring case and surrounding white space. */
  public static Optional<ReferenceId> fromId(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.id.equals(wanted)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
