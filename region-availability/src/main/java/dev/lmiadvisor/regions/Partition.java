package dev.lmiadvisor.regions;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An AWS partition: a separate copy of AWS with its own accounts, IAM and endpoints.
 *
 * @param id as in ARNs: {@code aws}, {@code aws-cn}, {@code aws-us-gov}, ...
 * @param name the SDK's display name, for example {@code AWS China}
 * @param dnsSuffix endpoint domain, for example {@code amazonaws.com.cn}
 */
public record Partition(@JsonValue String id, String name, String dnsSuffix) {}
