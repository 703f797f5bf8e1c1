package dev.lmiadvisor.tools.sandbox.policy;

import dev.lmiadvisor.tools.sandbox.parse.ServiceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every IAM action the sandbox can name, so that a wildcard in a policy document ({@code ?am:*},
 * {@code i*:*}, {@code iam:*Policy}) is judged by the actions it covers, not by how it is spelt.
 *
 * <p>The actions are {@code prefix:Operation} for every operation of every service model of the AWS
 * SDK on the classpath (IAM names most actions after the API operation), plus {@code
 * sandbox/iam-actions.tsv}: permission-only actions such as {@code iam:PassRole}, and the actions
 * of other services that run code with a passed role.
 */
public final class ActionCatalog {

  private static volatile ActionCatalog loaded;

  private final List<String> actions;
  private final Set<String> roleConsumers;

  private ActionCatalog(List<String> actions, Set<String> roleConsumers) {
    this.actions = actions;
    this.roleConsumers = roleConsumers;
  }

  /** The catalog of the SDK on the classpath, built on first use (it reads every service model). */
  public static ActionCatalog get() {
    ActionCatalog result = loaded;
    if (result == null) {
      synchronized (ActionCatalog.class) {
        result = loaded;
        if (result == null) {
          result = build(new ServiceCatalog());
          loaded = result;
        }
      }
    }
    return result;
  }

  static ActionCatalog build(ServiceCatalog services) {
    Set<String> actions = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (String service : services.serviceNames()) {
      String prefix = ServiceCatalog.iamPrefix(service);
      services
          .service(service)
          .orElseThrow()
          .modelOperationNames()
          .forEach(operation -> actions.add(prefix + ":" + operation));
    }
    Set<String> consumers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    try (InputStream in = ActionCatalog.class.getResourceAsStream("/sandbox/iam-actions.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /sandbox/iam-actions.tsv");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.strip().split("\t");
        actions.add(cells[0]);
        if (cells.length > 1 && cells[1].equals("role-consumer")) {
          consumers.add(cells[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ActionCatalog(List.copyOf(actions), consumers);
  }

  /** The known actions an action pattern covers, matched as IAM does: case-insensitively. */
  public Set<String> expand(String pattern) {
    Glob glob = Glob.of(pattern, true);
    Set<String> covered = new LinkedHashSet<>();
    if (glob.isLiteral()) {
      covered.add(pattern);
      return covered;
    }
    for (String action : actions) {
      if (glob.matches(action)) {
        covered.add(action);
      }
    }
    return covered;
  }

  /** Actions that create or change something that runs with a role passed to it. */
  public boolean isRoleConsumer(String action) {
    return roleConsumers.contains(action);
  }

  public int size() {
    return actions.size();
  }
}
