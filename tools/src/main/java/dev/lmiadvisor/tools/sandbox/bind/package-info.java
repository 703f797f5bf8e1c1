/**
 * Stage 3, bind: turns parameter values (JSON, CLI shorthand, file:// inside the working folder)
 * into the real SDK request object, typed by the SDK field metadata.
 */
package dev.lmiadvisor.tools.sandbox.bind;
