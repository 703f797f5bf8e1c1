package dev.lmiadvisor.tools.sandbox.bind;

import dev.lmiadvisor.tools.sandbox.parse.OperationModel;
import dev.lmiadvisor.tools.sandbox.validate.GlobalOptions;
import dev.lmiadvisor.tools.sandbox.validate.Pagination;
import java.util.List;
import software.amazon.awssdk.core.SdkRequest;

/**
 * A command that passed lexing, parsing and validation: the SDK request it stands for, with the
 * service, operation and global options. Policies decide on this, never on the command text.
 *
 * @param words the lexed words, for the audit record
 * @param pagination the pagination options, checked against the operation
 * @param deferredFiles {@code fileb://} blobs named but not read yet (plans only)
 */
public record ParsedCommand(
    List<String> words,
    OperationModel operation,
    SdkRequest request,
    GlobalOptions options,
    Pagination pagination,
    List<String> deferredFiles) {

  public ParsedCommand {
    words = List.copyOf(words);
    deferredFiles = List.copyOf(deferredFiles);
  }

  /** CLI service name, e.g. {@code lambda}. */
  public String service() {
    return operation.service();
  }

  /** Model operation name, e.g. {@code PutFunctionScalingConfig}. */
  public String operationName() {
    return operation.name();
  }

  /** True for {@code service} and any of the model operation names given. */
  public boolean is(String service, String... operations) {
    if (!service().equals(service)) {
      return false;
    }
    for (String op : operations) {
      if (operationName().equals(op)) {
        return true;
      }
    }
    return false;
  }

  public List<Object> valuesAt(String path) {
    return RequestView.valuesAt(request, path);
  }

  public Object valueAt(String path) {
    return RequestView.valueAt(request, path);
  }

  public List<String> stringsAt(String path) {
    return RequestView.stringsAt(request, path);
  }

  public boolean isSet(String path) {
    return RequestView.isSet(request, path);
  }
}
