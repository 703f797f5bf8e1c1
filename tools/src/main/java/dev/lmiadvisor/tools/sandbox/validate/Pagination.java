package dev.lmiadvisor.tools.sandbox.validate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lmiadvisor.tools.sandbox.CommandDenied;
import dev.lmiadvisor.tools.sandbox.parse.OperationModel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.protocol.MarshallingType;

/**
 * The AWS CLI's pagination options, as the sandbox applies them in execute mode through the SDK's
 * paginators: {@code --max-items} bounds the items returned across pages and, when more remain, the
 * result carries a {@code NextToken}; {@code --starting-token} takes that token back to resume;
 * {@code --page-size} sets the operation's own page-size member; {@code --no-paginate} asks for one
 * page. As in the AWS CLI, they apply only to operations the service model declares paginated.
 *
 * <p>A starting token is base64 of JSON naming the request's token members ({@code NextToken},
 * {@code Marker}, {@code ContinuationToken}...) and how many items of that page were already
 * returned. Only text members whose names end in {@code Token} or {@code Marker} may be named, so a
 * token cannot smuggle other parameters past the policy.
 *
 * @param maxItems at most this many items in all
 * @param pageSize the page-size member and its value, when {@code --page-size} is given
 * @param start the token members to set on the first request, and the items to skip on its page
 * @param singlePage {@code --no-paginate}
 */
public record Pagination(
    Optional<Integer> maxItems,
    Optional<Map.Entry<String, Integer>> pageSize,
    Map<String, String> start,
    int skip,
    boolean singlePage) {

  public static final String RULE = GlobalOptionsValidator.RULE_INVALID;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOKEN_MEMBER = Pattern.compile(".*(Token|Marker)");
  private static final List<String> PAGE_SIZE_MEMBERS =
      List.of("maxitems", "maxresults", "limit", "maxrecords", "pagesize", "maxkeys", "maxuploads");

  public Pagination {
    start = Map.copyOf(start);
  }

  /** No pagination option given. */
  public static Pagination none() {
    return new Pagination(Optional.empty(), Optional.empty(), Map.of(), 0, false);
  }

  public boolean isNone() {
    return maxItems.isEmpty() && pageSize.isEmpty() && start.isEmpty() && !singlePage;
  }

  /**
   * @throws CommandDenied when an option is given for an operation that does not paginate, or the
   *     token is not one the sandbox gave out
   */
  public static Pagination of(OperationModel operation, GlobalOptions options) {
    boolean asked =
        options.maxItems().isPresent()
            || options.pageSize().isPresent()
            || options.startingToken().isPresent();
    if (!asked) {
      return new Pagination(Optional.empty(), Optional.empty(), Map.of(), 0, options.noPaginate());
    }
    String name = "aws " + operation.service() + " " + operation.cliName();
    if (operation.paginatorMethod().isEmpty()) {
      throw new CommandDenied(
          RULE,
          name
              + " does not paginate, so --max-items, --page-size and --starting-token do not apply; remove them");
    }
    Optional<Map.Entry<String, Integer>> pageSize = Optional.empty();
    if (options.pageSize().isPresent()) {
      String member =
          operation.parameters().values().stream()
              .filter(f -> f.marshallingType() == MarshallingType.INTEGER)
              .map(SdkField::memberName)
              .filter(m -> PAGE_SIZE_MEMBERS.contains(m.toLowerCase(Locale.ROOT)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new CommandDenied(
                          RULE, name + " has no page-size parameter; remove --page-size"));
      pageSize = Optional.of(Map.entry(member, options.pageSize().get()));
    }
    Map<String, String> start = Map.of();
    int skip = 0;
    if (options.startingToken().isPresent()) {
      Token token = Token.decode(options.startingToken().get());
      for (String member : token.members().keySet()) {
        SdkField<?> field =
            operation.parameters().values().stream()
                .filter(f -> f.memberName().equals(member))
                .findFirst()
                .orElse(null);
        if (field == null
            || field.marshallingType() != MarshallingType.STRING
            || !TOKEN_MEMBER.matcher(member).matches()) {
          throw new CommandDenied(
              RULE,
              "--starting-token does not belong to " + name + "; use the NextToken it returned");
        }
      }
      start = token.members();
      skip = token.skip();
    }
    return new Pagination(options.maxItems(), pageSize, start, skip, options.noPaginate());
  }

  /** The sandbox's own starting token: the page's token members and the items already returned. */
  public record Token(Map<String, String> members, int skip) {

    public String encode() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("tokens", members);
      json.put("skip", skip);
      try {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    static Token decode(String text) {
      try {
        byte[] bytes = Base64.getUrlDecoder().decode(text.strip());
        Map<String, Object> json =
            JSON.readValue(
                new String(bytes, StandardCharsets.UTF_8),
                new TypeReference<Map<String, Object>>() {});
        Map<String, String> members = new LinkedHashMap<>();
        if (!(json.get("tokens") instanceof Map<?, ?> tokens)) {
          throw new IllegalArgumentException();
        }
        tokens.forEach((k, v) -> members.put(String.valueOf(k), String.valueOf(v)));
        int skip = json.get("skip") instanceof Integer i && i >= 0 ? i : 0;
        if (members.isEmpty() && skip == 0) {
          throw new IllegalArgumentException();
        }
        return new Token(members, skip);
      } catch (IllegalArgumentException | java.io.IOException e) {
        throw new CommandDenied(
            RULE,
            "--starting-token is not a token this server returned; pass the NextToken of the previous result");
      }
    }
  }
}
