package dev.lmiadvisor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code lmi-advisor review FILE}: what it reads, what it prints, and its exit status. */
class ReviewCommandTest {

  @TempDir Path folder;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    CommandLine cli = LmiAdvisor.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content);
  }

  @ParameterizedTest(name = "{0} → exit {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "template.yaml | 'Resources: {Fn: {Type: AWS::Serverless::Function, Properties: {MemorySize: 512, CapacityProviderConfig: {Arn: x}}}}' | 1 | CFG-MEMORY-MIN",
        "template.json | '{\"Resources\": {}}' | 0 | CFG-NO-LMI",
        "broken.yml | 'Resources: [' | 1 | CFG-PARSE-ERROR",
        "Handler.java | 'class H { static java.util.HashMap<String,String> M = new java.util.HashMap<>(); String handleRequest(String i, Context c) { M.put(i, i); return i; } }' | 1 | TS-UNSAFE-SHARED-TYPE",
        "handler.py | 'def handler(event, context):\n    print(event)\n' | 0 | TS-STDOUT-LOGGING",
        "index.mjs | 'export const handler = async () => 1;' | 0 | no findings",
        "Function.cs | 'public class F { public string Handler(string s, ILambdaContext c) { Console.WriteLine(s); return s; } }' | 0 | TS-STDOUT-LOGGING"
      })
  void reviewsByExtensionAndExitsOneOnErrors(String name, String content, int exit, String expected)
      throws IOException {
    Run run = run("review", file(name, content.replace("\\n", "\n")).toString());
    assertEquals(exit, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains(expected), run.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "notes.txt | --json | cannot tell",
        "missing.yaml | --json | no such file",
        "code.txt | --runtime=ruby | unknown runtime"
      })
  void problemsWithTheFileExitTwoWithAMessage(String name, String option, String message)
      throws IOException {
    Path path = name.startsWith("missing") ? folder.resolve(name) : file(name, "x = 1\n");
    Run run = run("review", option, path.toString());
    assertEquals(2, run.exit(), run.err());
    assertTrue(run.err().contains(message), run.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "--runtime=python, review_thread_safety, runtime",
    "--format=yaml, review_configuration, shape"
  })
  void optionsOverrideTheExtensionAndJsonPrintsTheToolResult(
      String option, String tool, String field) throws IOException {
    Path path = file("snippet.txt", "Resources: {}\n");
    Run run = run("review", option, "--json", path.toString());
    assertTrue(run.out().strip().startsWith("{"), run.out());
    assertTrue(run.out().contains("\"" + field + "\""), tool + ": " + run.out());
  }
}
