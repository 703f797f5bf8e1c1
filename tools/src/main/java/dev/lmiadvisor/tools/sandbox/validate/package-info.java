/**
 * Stage 4, validate: checks what binding cannot: global options (region, loopback endpoints,
 * profile, pagination, --query) and enum values, case-sensitively, against the SDK model.
 */
package dev.lmiadvisor.tools.sandbox.validate;
