package dev.lmiadvisor.tools.review.code;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.review.ReviewInput;
import dev.lmiadvisor.tools.review.code.dotnet.DotnetAnalyzer;
import dev.lmiadvisor.tools.review.code.java.JavaAnalyzer;
import dev.lmiadvisor.tools.review.code.nodejs.NodeAnalyzer;
import dev.lmiadvisor.tools.review.code.python.PythonAnalyzer;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reviews Lambda handler code for the hazards of multi-concurrency on Lambda Managed Instances,
 * where one execution environment serves many requests at once: shared mutable state, types that
 * are not thread-safe, request data in statics, clients created per request, fixed {@code /tmp}
 * paths, environment writes, logging without request ids, unchecked deadlines and the runtime
 * specifics of Node.js, Java, .NET and Python. Java is read with a real parser (JavaParser). The
 * other runtimes are read with a lexer that separates code from comments and strings and an outline
 * of their functions, into a {@link dev.lmiadvisor.tools.review.code.handler.HandlerModel} (what
 * runs at init, what runs per request, which state is shared); the rules they have in common are
 * written once over that model ({@code review.code.rules}), each language giving its patterns and
 * words. Rules are listed in {@link ThreadSafetyRule}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ThreadSafetyReviewer {

  /** The runtimes whose code is reviewed: those of the {@link SourceLanguage}s, in their order. */
  public static final List<LambdaRuntime> RUNTIMES =
      Arrays.stream(SourceLanguage.values()).map(SourceLanguage::runtime).distinct().toList();

  /**
   * @param code the handler source (a whole file, or a fragment)
   * @param runtime {@code nodejs}, {@code java}, {@code dotnet} or {@code python}
   * @throws UserInputException when the code is empty or too long, or the runtime unknown
   */
  public ThreadSafetyReview review(String code, String runtime) {
    return review(code, runtime(runtime));
  }

  /**
   * @throws UserInputException when the code is empty or too long, or its runtime is not one of
   *     {@link #RUNTIMES}
   */
  public ThreadSafetyReview review(String code, LambdaRuntime runtime) {
    if (!RUNTIMES.contains(runtime)) {
      throw unknown(String.valueOf(runtime));
    }
    ReviewInput.require("code", code);
    CodeFindings findings = new CodeFindings();
    try {
      switch (runtime) {
        case JAVA -> JavaAnalyzer.analyze(code, findings);
        case NODEJS -> NodeAnalyzer.analyze(code, findings);
        case PYTHON -> PythonAnalyzer.analyze(code, findings);
        case DOTNET -> DotnetAnalyzer.analyze(code, findings);
        case RUST -> throw unknown(runtime.id());
      }
    } catch (StackOverflowError e) {
      throw new UserInputException(
          "the code nests too deeply to review; submit the handler file without generated code");
    }
    return new ThreadSafetyReview(runtime, findings.sorted());
  }

  /**
   * The reviewed runtime a caller names.
   *
   * @throws UserInputException for anything but nodejs, java, dotnet or python
   */
  public static LambdaRuntime runtime(String runtime) {
    String name = runtime == null ? "" : runtime.strip().toLowerCase(Locale.ROOT);
    return RUNTIMES.stream()
        .filter(candidate -> candidate.id().equals(name))
        .findFirst()
        .orElseThrow(() -> unknown(runtime));
  }

  private static UserInputException unknown(String runtime) {
    return new UserInputException(
        "unknown runtime '%s'; use one of %s"
            .formatted(
                runtime,
                RUNTIMES.stream().map(LambdaRuntime::id).collect(Collectors.joining(", "))));
  }
}
