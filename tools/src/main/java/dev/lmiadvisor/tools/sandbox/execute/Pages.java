package dev.lmiadvisor.tools.sandbox.execute;

import dev.lmiadvisor.tools.sandbox.audit.Redactor;
import dev.lmiadvisor.tools.sandbox.bind.ParsedCommand;
import dev.lmiadvisor.tools.sandbox.validate.Pagination;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Runs a paginated operation through the SDK's own paginator ({@code listFunctionsPaginator}), as
 * the AWS CLI does: the result lists of every page are joined, {@code --max-items} stops at that
 * many items of the first result list and returns a {@code NextToken} to resume from, {@code
 * --starting-token} resumes, {@code --page-size} sets the page-size member. At most {@link
 * #MAX_PAGES} pages are read in one call; past that the result also carries a {@code NextToken}.
 *
 * <p>The SDK's paginator decides which response member feeds which request member. To say where to
 * resume, the client handed to it is wrapped so that each page's request is seen: the token members
 * of the request that fetched the page where reading stopped make the next token.
 */
final class Pages {

  static final int MAX_PAGES = 100;
  private static final Pattern TOKEN_MEMBER = Pattern.compile(".*(Token|Marker)");

  private Pages() {}

  static Map<String, Object> read(ParsedCommand command, SdkClient client) throws Exception {
    Pagination pagination = command.pagination();
    SdkRequest first = firstRequest(command.request(), pagination);
    Method paginator = command.operation().paginatorMethod().orElseThrow();
    Class<?> clientInterface = paginator.getDeclaringClass();
    String operationMethod = command.operation().clientMethod().getName();
    SdkRequest[] lastRequest = {first};
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals(operationMethod)
              && args != null
              && args.length == 1
              && args[0] instanceof SdkRequest r) {
            lastRequest[0] = r;
          }
          if (method.isDefault() && method.getName().equals(paginator.getName())) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          try {
            return method.invoke(client, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        };
    Object watched =
        Proxy.newProxyInstance(
            clientInterface.getClassLoader(), new Class<?>[] {clientInterface}, handler);
    Iterable<?> pages = (Iterable<?>) paginator.invoke(watched, first);
    Map<String, Object> merged = new LinkedHashMap<>();
    String primary = null;
    int taken = 0;
    int skip = pagination.skip();
    int pageCount = 0;
    Iterator<?> it = pages.iterator();
    while (it.hasNext()) {
      SdkPojo page = (SdkPojo) it.next();
      pageCount++;
      SdkRequest fetchedBy = lastRequest[0];
      if (primary == null) {
        primary = primaryList(page);
      }
      Map<String, Object> tree = Redactor.tree(page, true);
      int pageItems = tree.get(primary) instanceof List<?> l ? l.size() : 0;
      int from = Math.min(skip, pageItems);
      skip = 0;
      int room = pagination.maxItems().map(m -> m).orElse(Integer.MAX_VALUE) - taken;
      int to = (int) Math.min((long) pageItems, (long) from + room);
      for (Map.Entry<String, Object> entry : tree.entrySet()) {
        String name = entry.getKey();
        if (TOKEN_MEMBER.matcher(name).matches()) {
          continue;
        }
        if (entry.getValue() instanceof List<?> items) {
          List<Object> into = listAt(merged, name);
          into.addAll(name.equals(primary) ? items.subList(from, to) : items);
        } else {
          merged.put(name, entry.getValue());
        }
      }
      taken += to - from;
      boolean stoppedInPage = to < pageItems;
      if (stoppedInPage) {
        merged.put("NextToken", token(fetchedBy, to));
        return merged;
      }
      boolean full = pagination.maxItems().isPresent() && taken >= pagination.maxItems().get();
      if ((full || pageCount >= MAX_PAGES) && it.hasNext()) {
        // Resume with the page after this one: the same page, all of its items already given.
        merged.put("NextToken", token(fetchedBy, pageItems));
        return merged;
      }
      if (full) {
        return merged;
      }
    }
    return merged;
  }

  private static List<Object> listAt(Map<String, Object> merged, String name) {
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) merged.computeIfAbsent(name, k -> new ArrayList<>());
    return list;
  }

  /** The first list member of the response model: the one --max-items counts. */
  private static String primaryList(SdkPojo page) {
    for (SdkField<?> field : page.sdkFields()) {
      if (field.marshallingType() == MarshallingType.LIST) {
        return field.memberName();
      }
    }
    return "";
  }

  private static String token(SdkRequest fetchedBy, int skip) {
    Map<String, String> members = new LinkedHashMap<>();
    for (SdkField<?> field : fetchedBy.sdkFields()) {
      Object value = field.getValueOrDefault(fetchedBy);
      if (field.marshallingType() == MarshallingType.STRING
          && value != null
          && TOKEN_MEMBER.matcher(field.memberName()).matches()) {
        members.put(field.memberName(), value.toString());
      }
    }
    return new Pagination.Token(members, skip).encode();
  }

  private static SdkRequest firstRequest(SdkRequest request, Pagination pagination) {
    if (pagination.pageSize().isEmpty() && pagination.start().isEmpty()) {
      return request;
    }
    SdkPojo builder = (SdkPojo) request.toBuilder();
    for (SdkField<?> field : builder.sdkFields()) {
      pagination
          .pageSize()
          .filter(p -> p.getKey().equals(field.memberName()))
          .filter(p -> field.getValueOrDefault(request) == null)
          .ifPresent(p -> field.set(builder, p.getValue()));
      String start = pagination.start().get(field.memberName());
      if (start != null) {
        field.set(builder, start);
      }
    }
    return (SdkRequest) ((SdkBuilder<?, ?>) builder).build();
  }
}
