package dev.lmiadvisor.tools.sandbox.validate;

import java.net.URI;
import java.util.Optional;

/**
 * Validated global options of one command.
 *
 * @param region the region the request goes to (the command's, the tool argument's, or the default)
 * @param endpointUrl a loopback endpoint, for local test doubles
 * @param rawBinary {@code --cli-binary-format raw-in-base64-out}: blob values are raw text, not
 *     base64 (the AWS CLI v2 default is base64)
 */
public record GlobalOptions(
    String region,
    Optional<String> profile,
    Optional<String> output,
    Optional<String> query,
    Optional<URI> endpointUrl,
    Optional<Integer> maxItems,
    Optional<Integer> pageSize,
    Optional<String> startingToken,
    boolean noPaginate,
    boolean rawBinary) {}
