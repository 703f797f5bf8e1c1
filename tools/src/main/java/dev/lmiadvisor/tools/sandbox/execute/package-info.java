/**
 * Stage 6, execute: sends an allowed or confirmed request through the real SDK client, with
 * --query, pagination and the bounds on time and result size.
 */
package dev.lmiadvisor.tools.sandbox.execute;
