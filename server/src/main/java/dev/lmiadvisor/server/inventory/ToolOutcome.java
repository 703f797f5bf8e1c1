package dev.lmiadvisor.server.inventory;

/**
 * What a tool handler returns: a record (or map) that becomes {@code structuredContent}, matching
 * the tool's output schema, and a short text for people and for clients that read only text.
 */
public record ToolOutcome(Object structured, String text) {}
