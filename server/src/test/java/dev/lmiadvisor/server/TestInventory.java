package dev.lmiadvisor.server;

import dev.lmiadvisor.server.inventory.Inventory;

/** One inventory for all in-process tests; the knowledge index is built once. */
public final class TestInventory {
  public static final Services SERVICES = new Services();
  public static final Inventory INVENTORY = Inventory.create(SERVICES);

  private TestInventory() {}
}
