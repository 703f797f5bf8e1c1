package dev.lmiadvisor.tools.sandbox;

/**
 * Who asked, as the audit log records it.
 *
 * @param name the client's self-reported name (e.g. {@code claude-code}), or {@code unknown}
 * @param transport {@code stdio}, {@code http}, {@code http-stateless}, {@code cli} or {@code
 *     slack}
 */
public record ClientIdentity(String name, String transport) {}
