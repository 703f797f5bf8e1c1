package dev.lmiadvisor.server;

import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.tools.Toolsets;

/**
 * One inventory for all in-process tests; the knowledge index is built once. The live-account tools
 * read the loopback {@link LiveAccount}, never a real account.
 */
public final class TestInventory {
  public static final LiveAccount ACCOUNT = LiveAccount.start();
  public static final Services SERVICES = ACCOUNT.services(System.getenv());
  public static final Inventory INVENTORY = Toolsets.inventory(SERVICES);

  private TestInventory() {}
}
