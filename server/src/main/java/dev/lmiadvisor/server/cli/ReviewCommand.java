package dev.lmiadvisor.server.cli;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.server.LmiAdvisor;
import dev.lmiadvisor.server.call.ToolInvoker;
import dev.lmiadvisor.server.call.ToolResult;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.output.ToolJson;
import dev.lmiadvisor.tools.review.ReviewInput;
import dev.lmiadvisor.tools.review.code.SourceLanguage;
import dev.lmiadvisor.tools.review.code.ThreadSafetyReviewer;
import dev.lmiadvisor.tools.vocabulary.LambdaRuntime;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lmi-advisor review FILE}: runs review_configuration on a template (.yaml, .yml, .json,
 * .template) or review_thread_safety on handler code (.java, .js, .mjs, .cjs, .ts, .py, .cs). Exits
 * 1 when there is an error finding, so that it can gate a CI pipeline.
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Review a SAM/CloudFormation template or Lambda handler code for Lambda Managed Instances.",
      "Templates: .yaml .yml .json .template. Code: .java .js .mjs .cjs .ts .py .cs.",
      "Exit status: 0 no errors, 1 error findings, 2 the file could not be reviewed."
    })
public final class ReviewCommand implements Callable<Integer> {

  /** Bytes read at most; the reviewers themselves cap the text at ReviewInput.MAX_CHARS. */
  private static final long MAX_FILE_BYTES = 4L * ReviewInput.MAX_CHARS;

  @ParentCommand LmiAdvisor parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The template or source file.")
  Path file;

  @Option(
      names = "--runtime",
      description =
          "Review as handler code of this runtime (nodejs, java, dotnet, python), whatever the extension.")
  String runtime;

  @Option(
      names = "--format",
      description = "Review as a template in this format (yaml or json), whatever the extension.")
  String format;

  @Option(names = "--json", description = "Print the tool result as JSON.")
  boolean json;

  @Override
  public Integer call() {
    if (runtime != null && format != null) {
      throw new UserInputException("use --runtime (code) or --format (template), not both");
    }
    String text = read(file);
    Map<String, Object> arguments = new LinkedHashMap<>();
    String tool;
    Optional<LambdaRuntime> codeRuntime =
        runtime != null
            ? Optional.of(ThreadSafetyReviewer.runtime(runtime))
            : SourceLanguage.forFileName(name()).map(SourceLanguage::runtime);
    if (format != null || (runtime == null && isTemplate())) {
      tool = "review_configuration";
      arguments.put("template", text);
      if (format != null) {
        arguments.put("format", format.toLowerCase(Locale.ROOT));
      } else if (name().endsWith(".json")) {
        arguments.put("format", "json");
      }
    } else if (codeRuntime.isPresent()) {
      tool = "review_thread_safety";
      arguments.put("code", text);
      arguments.put("runtime", codeRuntime.get().id());
    } else {
      throw new UserInputException(
          "cannot tell from its extension what %s is; add --format yaml|json for a template or --runtime nodejs|java|dotnet|python for handler code"
              .formatted(file));
    }
    ToolDefinition definition =
        parent
            .inventory()
            .tool(tool)
            .orElseThrow(
                () ->
                    new UserInputException(
                        tool + " is not enabled (check --toolsets / --read-only)"));
    return switch (ToolInvoker.invoke(definition, arguments, Caller.commandLine())) {
      case ToolResult.Ok ok -> {
        spec.commandLine()
            .getOut()
            .println(json ? ToolJson.pretty(ok.structured()) : file + "\n" + ok.text());
        spec.commandLine().getOut().flush();
        yield ok.structured().get("error_count") instanceof Number n && n.intValue() > 0 ? 1 : 0;
      }
      case ToolResult.UserError error -> throw new UserInputException(error.message());
      case ToolResult.Fault fault -> throw new IllegalStateException(fault.message());
    };
  }

  private String name() {
    return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
  }

  private boolean isTemplate() {
    String name = name();
    return name.endsWith(".yaml")
        || name.endsWith(".yml")
        || name.endsWith(".json")
        || name.endsWith(".template");
  }

  private static String read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new UserInputException("no such file: " + file);
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new UserInputException(
            "%s is %,d bytes; review files up to %,d characters (one template or handler at a time)"
                .formatted(file, Files.size(file), ReviewInput.MAX_CHARS));
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UserInputException(file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new UserInputException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
