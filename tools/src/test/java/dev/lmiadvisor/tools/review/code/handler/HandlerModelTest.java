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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each language's analyser fills the same model from the same handler, written three ways: a helper
 * the handler calls runs per request, one it never calls runs at init, and the shared state is what
 * every request sees, with the line of its first change per request.
 */
class HandlerModelTest {

  /**
   * @param shared the shared state changed per request: name, kind and the line of the change
   */
  record Sample(
      String language, Function<String, HandlerModel> reader, String code, List<String> shared) {
    HandlerModel read() {
      return reader.apply(code);
    }

    @Override
    public String toString() {
      return language;
    }
  }

  static Stream<Sample> languages() {
    return Stream.of(
        new Sample(
            "nodejs",
            NodeAnalyzer::read,
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
        new Sample(
            "python",
            PythonAnalyzer::read,
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
        new Sample(
            "dotnet",
            DotnetAnalyzer::read,
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
  void whatTheHandlerReachesRunsPerRequest_theRestAtInit(Sample sample) {
    HandlerModel file = sample.read();
    List<String> perRequest =
        file.perRequest().stream().map(FunctionSpan::name).map(String::toLowerCase).toList();
    assertTrue(perRequest.contains("remember"), perRequest.toString());
    assertFalse(perRequest.contains("warm"), perRequest.toString());
    int warm = sample.code().toLowerCase().indexOf("return 1");
    assertFalse(file.runsPerRequest(warm));
    assertFalse(file.atModuleScope(warm), "inside a function is not module scope");
    assertTrue(file.atModuleScope(0), "the first declaration is at module scope");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void sharedStateIsWhatEveryRequestSeesWithItsFirstChangePerRequest(Sample sample) {
    HandlerModel file = sample.read();
    List<String> changed =
        file.sharedState().stream()
            .filter(s -> s.changedAt().isPresent())
            .map(s -> s.name() + " " + s.kind() + " " + file.line(s.changedAt().getAsInt()))
            .sorted()
            .toList();
    assertEquals(sample.shared(), changed);
  }
}
