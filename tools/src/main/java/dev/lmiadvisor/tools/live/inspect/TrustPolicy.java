package dev.lmiadvisor.tools.live.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether a role's trust policy lets Lambda assume it: an {@code Allow} statement whose principal
 * is the service {@code lambda.amazonaws.com} and whose actions include {@code sts:AssumeRole}
 * (Lambda operator role for Lambda Managed Instances, developer guide, as of 2026-12-01). IAM
 * returns the document URL-encoded; it is decoded here.
 */
final class TrustPolicy {

  static final String LAMBDA_SERVICE = "lambda.amazonaws.com";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param trustsLambda an Allow statement lets lambda.amazonaws.com call sts:AssumeRole
   * @param conditionKeys the condition keys of those statements, sorted
   */
  record Reading(boolean trustsLambda, List<String> conditionKeys) {}

  private TrustPolicy() {}

  /** The reading of the document as IAM returns it, or empty when it is not a JSON policy. */
  static Optional<Reading> read(String encodedDocument) {
    if (encodedDocument == null || encodedDocument.isBlank()) {
      return Optional.of(new Reading(false, List.of()));
    }
    String document =
        encodedDocument.strip().startsWith("{")
            ? encodedDocument
            : URLDecoder.decode(encodedDocument, StandardCharsets.UTF_8);
    JsonNode root;
    try {
      root = JSON.readTree(document);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    boolean trusts = false;
    TreeSet<String> keys = new TreeSet<>();
    for (JsonNode statement : each(root.path("Statement"))) {
      if (!"Allow".equals(statement.path("Effect").asText())
          || !allowsAssumeRole(statement.path("Action"))
          || !namesLambda(statement.path("Principal"))) {
        continue;
      }
      trusts = true;
      for (JsonNode operator : each(statement.path("Condition"))) {
        operator.fieldNames().forEachRemaining(keys::add);
      }
    }
    return Optional.of(new Reading(trusts, List.copyOf(keys)));
  }

  private static boolean allowsAssumeRole(JsonNode action) {
    for (JsonNode a : each(action)) {
      String value = a.asText();
      if (value.equalsIgnoreCase("sts:AssumeRole") || value.equals("sts:*") || value.equals("*")) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesLambda(JsonNode principal) {
    for (JsonNode service : each(principal.path("Service"))) {
      if (LAMBDA_SERVICE.equals(service.asText())) {
        return true;
      }
    }
    return false;
  }

  /** An array's items, an object's values, or a single value, as IAM lets each be written. */
  private static List<JsonNode> each(JsonNode node) {
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
    } else if (node.isObject() && !node.has("Effect")) {
      Iterator<JsonNode> values = node.elements();
      values.forEachRemaining(items::add);
    } else if (!node.isMissingNode() && !node.isNull()) {
      items.add(node);
    }
    return items;
  }
}
