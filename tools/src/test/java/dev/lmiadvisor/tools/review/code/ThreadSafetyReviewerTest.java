package dev.lmiadvisor.tools.review.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.review.ReviewInput;
import dev.lmiadvisor.tools.review.Severity;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThreadSafetyReviewerTest {

  private final ThreadSafetyReviewer reviewer = new ThreadSafetyReviewer();

  private List<String> rules(String code, String runtime) {
    return reviewer.review(code, runtime).findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.ruleId() + "@" + f.line())
        .toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "Handler.java, JAVA",
    "index.mjs, NODEJS",
    "app.ts, NODEJS",
    "handler.py, PYTHON",
    "Function.cs, DOTNET"
  })
  void theRuntimeFollowsTheFileExtension(String file, LambdaRuntime runtime) {
    assertEquals(runtime, SourceLanguage.forFileName(file).orElseThrow().runtime());
  }

  @Test
  void badInputIsRefusedWithAMessageThatSaysWhatToChange() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> reviewer.review("x = 1", "ruby"))
            .getMessage()
            .contains("nodejs, java, dotnet, python"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> reviewer.review("", "java"))
            .getMessage()
            .contains("empty"));
    String huge = "x".repeat(ReviewInput.MAX_CHARS + 1);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> reviewer.review(huge, "python"))
            .getMessage()
            .contains("limit"));
  }

  @Test
  void javaMembersWithoutAClassAreStillParsedWithTheirOwnLineNumbers() {
    String members =
        "private static java.util.HashMap<String, String> CACHE = new java.util.HashMap<>();\n"
            + "\n"
            + "public String handleRequest(String input, Context context) {\n"
            + "    CACHE.put(input, input);\n"
            + "    return input;\n"
            + "}\n";
    assertEquals(List.of("TS-UNSAFE-SHARED-TYPE@4"), rules(members, "java"));
  }

  @Test
  void onlyCodeThatRunsPerRequestIsHeldToPerRequestRules() {
    String java =
        """
        import software.amazon.awssdk.services.s3.S3Client;
        public class Handler {
            private static final S3Client S3 = build();
            private static S3Client build() { return S3Client.create(); }
            public String handleRequest(String in, Context context) {
                return helper(in);
            }
            private String helper(String in) { return S3Client.create().toString() + in; }
        }
        """;
    assertEquals(List.of("TS-CLIENT-PER-INVOCATION@8"), rules(java, "java"));
  }

  @Test
  void localsShadowingModuleStateAreNotSharedState() {
    String js =
        """
        let total = 0;
        export const handler = async (event) => {
          let total = event.items.length;
          total += 1;
          return { total };
        };
        """;
    assertEquals(List.of(), rules(js, "nodejs"));
  }

  @Test
  void aCSharpObjectInitializerIsNotAWriteToTheHandlersField() {
    String cs =
        """
        public class Function
        {
            private string Key = "k";
            public Task<Item> Handler(string id, ILambdaContext context)
            {
                var item = new Item { Key = id };
                return Task.FromResult(item);
            }
        }
        """;
    assertEquals(List.of(), rules(cs, "dotnet"));
  }

  @Test
  void pythonMutationIsOnlyReportedWhenTheHandlerReachesIt() {
    String py =
        """
        CACHE = {}

        def warm():
            CACHE["x"] = 1

        warm()

        def handler(event, context):
            return CACHE.get(event["k"])
        """;
    assertEquals(List.of(), rules(py, "python"));
    assertEquals(
        List.of("TS-MODULE-COLLECTION@4"),
        rules(py.replace("return CACHE", "warm()\n    return CACHE"), "python"));
  }
}
