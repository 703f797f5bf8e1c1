package dev.lmiadvisor.server;

import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.tools.Toolsets;

/** One inventory for all in-process tests; the knowledge index is built once. */
public final class TestInventory {
  public static final Services SERVICES = new Services();
  public static final Inventory INVENTORY = Toolsets.inventory(SERVICES);

  private TestInventory() {}
}
