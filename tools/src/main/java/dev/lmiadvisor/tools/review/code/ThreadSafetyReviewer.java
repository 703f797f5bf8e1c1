package dev.lmiadvisor.tools.review.code;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.tools.review.ReviewInput;
import dev.lmiadvisor.tools.review.code.dotnet.DotnetAnalyzer;
import dev.lmiadvisor.tools.review.code.java.JavaAnalyzer;
import dev.lmiadvisor.tools.review.code.nodejs.NodeAnalyzer;
import dev.lmiadvisor.tools.review.code.python.PythonAnalyzer;

/**
 * Reviews Lambda handler code for the hazards of multi-concurrency on Lambda Managed Instances,
 * where one execution environment serves many requests at once: shared mutable state, types that
 * are not thread-safe, request data in statics, clients created per request, fixed {@code /tmp}
 * paths, environment writes, logging without request ids, unchecked deadlines and the runtime
 * specifics of Node.js, Java, .NET and Python. Java is read with a real parser (JavaParser); the
 * other runtimes with a lexer that separates code from comments and strings, and an outline of
 * their functions. Rules are listed in {@link ThreadSafetyRule}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ThreadSafetyReviewer {

  /**
   * @param code the handler source (a whole file, or a fragment)
   * @param runtime {@code nodejs}, {@code java}, {@code dotnet} or {@code python}
   * @throws UserInputException when the code is empty or too long, or the runtime unknown
   */
  public ThreadSafetyReview review(String code, String runtime) {
    return review(code, CodeRuntime.of(runtime));
  }

  public ThreadSafetyReview review(String code, CodeRuntime runtime) {
    ReviewInput.require("code", code);
    CodeFindings findings = new CodeFindings();
    try {
      switch (runtime) {
        case JAVA -> JavaAnalyzer.analyze(code, findings);
        case NODEJS -> NodeAnalyzer.analyze(code, findings);
        case PYTHON -> PythonAnalyzer.analyze(code, findings);
        case DOTNET -> DotnetAnalyzer.analyze(code, findings);
      }
    } catch (StackOverflowError e) {
      throw new UserInputException(
          "the code nests too deeply to review; submit the handler file without generated code");
    }
    return new ThreadSafetyReview(runtime, findings.sorted());
  }
}
