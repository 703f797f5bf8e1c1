/**
 * Stage 5, policy: decides deny, requires_confirmation or allow on the meaning of the bound
 * request, failing closed; deny wins over confirmation, confirmation over allow.
 */
package dev.lmiadvisor.tools.sandbox.policy;
