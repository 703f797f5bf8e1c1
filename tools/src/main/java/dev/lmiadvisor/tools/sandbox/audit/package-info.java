/**
 * Stage 7, audit: what is recorded and shown of an attempt (masked command text and trees) and how
 * each attempt, including refused ones, becomes an audit record.
 */
package dev.lmiadvisor.tools.sandbox.audit;
