package dev.lmiadvisor.tools.review.code.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lmiadvisor.tools.review.code.dotnet.DotnetAnalyzer;
import dev.lmiadvisor.tools.review.code.nodejs.NodeAnalyzer;
import dev.lmiadvisor.tools.review.code.python.PythonAnalyzer;
import dev.lmiadvisor.tools.review.code.text.FunctionSpan;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each language's analyser fills the same model from the same handler, written three ways: a helper
 * the handler calls runs per request, one it never calls runs at init, and the shared state is what
 * every request sees, with the line of its first change per request.
 */
class HandlerModelTest {

  static Stream<Arguments> languages() {
    return Stream.of(
        Arguments.of(
            "nodejs",
            (Function<String, HandlerModel>) NodeAnalyzer::read,
            """
            let last = null;
            const seen = [];
            function warm() { return 1; }
            function remember(id) {
              seen.push(id);
              last = id;
            }
            export const handler = async (event) => {
              remember(event.id);
              return last;
            };
            """,
            List.of("last VALUE 6", "seen COLLECTION 5")),
        Arguments.of(
            "python",
            (Function<String, HandlerModel>) PythonAnalyzer::read,
            """
            LAST = None
            SEEN = []
            def warm():
                return 1

            def remember(id):
                SEEN.append(id)

            def handler(event, context):
                remember(event["id"])
                return SEEN
            """,
            List.of("SEEN COLLECTION 7")),
        Arguments.of(
            "dotnet",
            (Function<String, HandlerModel>) DotnetAnalyzer::read,
            """
            public class Function
            {
                private static string Last;
                private readonly string name = "f";
                private int Warm() { return 1; }
                private void Remember(string id)
                {
                    Last = id;
                }
                public string FunctionHandler(string id, ILambdaContext context)
                {
                    Remember(id);
                    return Last;
                }
            }
            """,
            List.of("Last VALUE 8")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void whatTheHandlerReachesRunsPerRequest_theRestAtInit(
      String language, Function<String, HandlerModel> read, String code, List<String> shared) {
    HandlerModel file = read.apply(code);
    List<String> perRequest =
        file.perRequest().stream().map(FunctionSpan::name).map(String::toLowerCase).toList();
    assertTrue(perRequest.contains("remember"), perRequest.toString());
    assertFalse(perRequest.contains("warm"), perRequest.toString());
    int warm = code.toLowerCase().indexOf("return 1");
    assertFalse(file.runsPerRequest(warm));
    assertFalse(file.atModuleScope(warm), "inside a function is not module scope");
    assertTrue(file.atModuleScope(0), "the first declaration is at module scope");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void sharedStateIsWhatEveryRequestSeesWithItsFirstChangePerRequest(
      String language, Function<String, HandlerModel> read, String code, List<String> shared) {
    HandlerModel file = read.apply(code);
    List<String> changed =
        file.sharedState().stream()
            .filter(s -> s.changedAt().isPresent())
            .map(s -> s.name() + " " + s.kind() + " " + file.line(s.changedAt().getAsInt()))
            .sorted()
            .toList();
    assertEquals(shared, changed);
  }
}
