package dev.lmiadvisor.tools.sandbox;

import dev.lmiadvisor.tools.LmiLimits;
import dev.lmiadvisor.tools.sandbox.audit.CommandText;
import dev.lmiadvisor.tools.sandbox.bind.LocalFiles;
import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import dev.lmiadvisor.tools.sandbox.bind.RequestBinder;
import dev.lmiadvisor.tools.sandbox.lex.CommandLexer;
import dev.lmiadvisor.tools.sandbox.parse.CliNames;
import dev.lmiadvisor.tools.sandbox.parse.CliWords;
import dev.lmiadvisor.tools.sandbox.parse.OperationModel;
import dev.lmiadvisor.tools.sandbox.parse.ServiceCatalog;
import dev.lmiadvisor.tools.sandbox.parse.ServiceModel;
import dev.lmiadvisor.tools.sandbox.policy.OperationKind;
import dev.lmiadvisor.tools.sandbox.policy.Policy;
import dev.lmiadvisor.tools.sandbox.policy.Verdict;
import dev.lmiadvisor.tools.sandbox.validate.EnumValues;
import dev.lmiadvisor.tools.sandbox.validate.GlobalOptions;
import dev.lmiadvisor.tools.sandbox.validate.GlobalOptionsValidator;
import dev.lmiadvisor.tools.sandbox.validate.Pagination;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checking half of the pipeline, one package per stage: {@code lex} (words, no shell) → {@code
 * parse} (service, operation, options against the SDK) → {@code bind} (the SDK request) → {@code
 * validate} (global options, enums) → {@code policy} (the decision). It never executes anything and
 * never touches a shell; {@link SandboxService} adds {@code execute} and {@code audit}.
 */
public final class Sandbox {

  public static final String RULE_UNKNOWN_SERVICE = "unknown-service";
  public static final String RULE_UNKNOWN_OPERATION = "unknown-operation";
  public static final String RULE_UNSUPPORTED = "unsupported-command";

  private static final Set<String> LOCAL_COMMANDS =
      Set.of("configure", "history", "login", "logout");

  private final ServiceCatalog catalog;
  private final GlobalOptionsValidator validator;
  private final LocalFiles files;
  private final Policy policy;

  public Sandbox(
      ServiceCatalog catalog, GlobalOptionsValidator validator, LocalFiles files, Policy policy) {
    this.catalog = catalog;
    this.validator = validator;
    this.files = files;
    this.policy = policy;
  }

  /**
   * @param toolRegion a region given besides the command (the tool's {@code region} argument)
   * @param planOnly nothing will be executed: blobs that do not exist yet may be named
   */
  public Evaluation evaluate(String command, Optional<String> toolRegion, boolean planOnly) {
    List<String> words;
    try {
      words = CommandLexer.split(command);
    } catch (CommandDenied denied) {
      return denied(denied, null, null, CommandText.ofRaw(command));
    }
    String text = CommandText.of(words);
    if (words.size() > 1 && !words.get(1).startsWith("--")) {
      // Name the unsupported layers before their own arguments confuse the reading of the words.
      try {
        unsupportedService(words.get(1));
      } catch (CommandDenied denied) {
        return denied(denied, null, null, text);
      }
    }
    CliWords cli;
    try {
      cli = CliWords.read(words);
    } catch (CommandDenied denied) {
      return denied(denied, null, null, text);
    }
    ServiceModel service;
    OperationModel operation;
    try {
      service = service(cli.service());
      operation = operation(service, cli.operation());
      if (!cli.extraArguments().isEmpty()) {
        throw CliWords.unexpected(cli.extraArguments().getFirst());
      }
    } catch (CommandDenied denied) {
      String known = catalog.service(cli.service()).isPresent() ? cli.service() : null;
      return denied(denied, known, null, text);
    }
    text = CommandText.of(words, CommandText.sensitiveOptions(operation));
    ParsedCommand parsed;
    try {
      GlobalOptions options = validator.validate(cli.globals(), toolRegion);
      RequestBinder.BoundRequest bound =
          new RequestBinder(operation, files, options.rawBinary(), planOnly).bind(cli.parameters());
      EnumValues.check(bound.request());
      Pagination pagination = Pagination.of(operation, options);
      parsed =
          new ParsedCommand(
              words, operation, bound.request(), options, pagination, bound.deferredFiles());
    } catch (CommandDenied denied) {
      return denied(denied, service.cliName(), operation.cliName(), text);
    }
    Verdict verdict = policy.decide(parsed);
    return new Evaluation(
        verdict.decision(),
        verdict.rule(),
        verdict.reason(),
        service.cliName(),
        operation.cliName(),
        OperationKind.isReadOnly(operation.name()),
        Optional.of(parsed),
        List.of(),
        warnings(parsed),
        verdict.unsafeOverride(),
        text);
  }

  private ServiceModel service(String name) {
    unsupportedService(name);
    return catalog
        .service(name)
        .orElseThrow(
            () -> {
              List<String> close = CliNames.closest(name, catalog.serviceNames());
              return new CommandDenied(
                  RULE_UNKNOWN_SERVICE,
                  "unknown or unsupported service '%s'%s; the sandbox accepts %s"
                      .formatted(
                          name,
                          close.isEmpty()
                              ? ""
                              : " (did you mean " + String.join(" or ", close) + "?)",
                          String.join(", ", catalog.serviceNames())),
                  close);
            });
  }

  private static void unsupportedService(String name) {
    if (name.equals("s3")) {
      throw new CommandDenied(
          RULE_UNSUPPORTED,
          "aws s3 (ls, cp, sync, ...) is the CLI's file-transfer layer and is not run here; use the API commands of aws s3api, e.g. aws s3api list-objects-v2 --bucket NAME",
          List.of("s3api"));
    }
    if (LOCAL_COMMANDS.contains(name)) {
      throw new CommandDenied(
          RULE_UNSUPPORTED,
          "aws "
              + name
              + " reads or writes local CLI configuration and credentials; it is not available here");
    }
  }

  private static OperationModel operation(ServiceModel service, String name) {
    Optional<OperationModel> operation = service.operation(name);
    if (operation.isPresent()) {
      return operation.get();
    }
    if (name.equals("wait")) {
      throw new CommandDenied(
          RULE_UNSUPPORTED,
          "waiters are not run here; call the matching get- or describe- operation until the state you need appears");
    }
    if (name.equals("help")) {
      throw new CommandDenied(
          RULE_UNSUPPORTED,
          "help is not available here; see https://awscli.amazonaws.com/v2/documentation/api/latest/reference/"
              + service.cliName()
              + "/index.html");
    }
    if (service.isStreamingOperation(name)) {
      throw new CommandDenied(
          RULE_UNSUPPORTED,
          "aws "
              + service.cliName()
              + " "
              + name
              + " streams data to or from a local file, which the sandbox does not do");
    }
    List<String> close = CliNames.closest(name, service.operationNames());
    throw new CommandDenied(
        RULE_UNKNOWN_OPERATION,
        "aws %s has no operation '%s'%s"
            .formatted(
                service.cliName(),
                name,
                close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?"),
        close);
  }

  private static Evaluation denied(
      CommandDenied denied, String service, String operation, String text) {
    return new Evaluation(
        Decision.DENIED,
        denied.rule(),
        denied.reason(),
        service,
        operation,
        false,
        Optional.empty(),
        denied.suggestions(),
        List.of(),
        false,
        text);
  }

  private static List<String> warnings(ParsedCommand parsed) {
    List<String> warnings = new ArrayList<>();
    GlobalOptions options = parsed.options();
    for (String file : parsed.deferredFiles()) {
      warnings.add(file + " does not exist yet; it is read when the command is executed");
    }
    if (parsed.is("lambda", "UpdateFunctionConfiguration")
        && !parsed.isSet("CapacityProviderConfig")
        && parsed.valueAt("MemorySize") instanceof Integer mb
        && mb < LmiLimits.MIN_MEMORY_MB) {
      warnings.add(
          "if this function runs on a capacity provider (Lambda Managed Instances), memory below 2048 MB is rejected");
    }
    return warnings;
  }
}
