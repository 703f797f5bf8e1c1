package dev.lmiadvisor.tools.sandbox.policy;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.arns.Arn;
import software.amazon.awssdk.arns.ArnResource;

/**
 * The names a parameter value stands for, so that a rule on names is not bypassed by naming the
 * same resource by ARN. The value itself always counts; an ARN (read by the AWS SDK's {@link Arn}
 * parser) adds its resource name, and Lambda's partial forms ({@code 111122223333:function:name},
 * {@code name:qualifier}) add the function name.
 */
final class ResourceNames {

  private static final Pattern PARTIAL_FUNCTION =
      Pattern.compile("(?:\\d{12}:)?function:([A-Za-z0-9_-]+)(?::[A-Za-z0-9$_.-]+)?");
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("([A-Za-z0-9_-]+):(?:\\$LATEST(?:\\.PUBLISHED)?|[0-9]+|[A-Za-z0-9_-]+)");

  private ResourceNames() {}

  static Set<String> candidates(String value) {
    Set<String> names = new LinkedHashSet<>();
    names.add(value);
    if (value.startsWith("arn:")) {
      Optional<Arn> arn = Arn.tryFromString(value);
      if (arn.isPresent()) {
        String resource = arn.get().resourceAsString();
        names.add(resource);
        ArnResource parts = arn.get().resource();
        names.add(parts.resource());
        String last = parts.resource().substring(parts.resource().lastIndexOf('/') + 1);
        names.add(last);
      }
      return names;
    }
    Matcher partial = PARTIAL_FUNCTION.matcher(value);
    if (partial.matches()) {
      names.add(partial.group(1));
      return names;
    }
    Matcher qualified = QUALIFIED_NAME.matcher(value);
    if (qualified.matches()) {
      names.add(qualified.group(1));
    }
    return names;
  }
}
