package dev.lmiadvisor.tools.sandbox.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wildcard matcher of operator rules and IAM actions. */
class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "prod-*, prod-api, true",
    "prod-*, dev-prod-api, false",
    "*prod*, dev-prod-api, true",
    "p?od, prod, true",
    "p?od, pod, false",
    "*, '', true",
    "a*b*c, abc, true",
    "a*b*c, acb, false",
    "a*a*a*b, aaab, true",
    "a*a*a*b, aab, false",
    "*.zip, function.zip, true",
    "iam:*Policy, iam:PutRolePolicy, true",
    "iam:*Policy, iam:PutRolePolicyVersion, false",
    "?am:*, iam:PassRole, true",
    "lambda delete-*, lambda delete-function, true",
    "exact, exact, true",
    "exact, exactly, false"
  })
  void matchesAsIamAndShellsDo(String pattern, String text, boolean expected) {
    assertEquals(expected, Glob.of(pattern, false).matches(text));
  }

  @Test
  void ignoresCaseWhenAsked() {
    assertTrue(Glob.of("IAM:PUT*", true).matches("iam:PutRolePolicy"));
  }

  @Test
  void aPatternOfManyStarsAgainstALongTextStaysFast() {
    Glob glob = Glob.of("*a".repeat(100) + "*b", false);
    String text = "a".repeat(100_000);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> glob.matches(text));
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> glob.matches(text + "b"));
  }

  @Test
  void refusesOverlongPatterns() {
    assertThrows(IllegalArgumentException.class, () -> Glob.of("*".repeat(257), false));
  }
}
