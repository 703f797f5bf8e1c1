package dev.lmiadvisor.tools.cost;

/** A source the price table cites, by id. */
public record PriceSource(String id, String title, String url, String retrieved) {}
