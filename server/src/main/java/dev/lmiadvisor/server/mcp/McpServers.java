package dev.lmiadvisor.server.mcp;

import dev.lmiadvisor.server.Version;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.PromptDefinition;
import dev.lmiadvisor.server.inventory.ResourceDefinition;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds MCP servers on the SDK from the one {@link Inventory}, for every transport. */
public final class McpServers {

  static final String INSTRUCTIONS =
      "LMI Advisor answers questions about AWS Lambda Managed Instances from six curated, sourced"
          + " references. Route every question to exactly one reference (answer_question does this)"
          + " and always pass on the must_mention facts it returns.";

  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

  private McpServers() {}

  private static McpSchema.ServerCapabilities capabilities() {
    return McpSchema.ServerCapabilities.builder()
        .tools(false)
        .resources(false, false)
        .prompts(false)
        .logging()
        .build();
  }

  /** A server over stdio: one client, one session. */
  public static McpSyncServer stdio(McpServerTransportProvider transport, Inventory inventory) {
    return withSessions(McpServer.sync(transport), inventory, "stdio");
  }

  /** A server over Streamable HTTP with sessions (elicitation works). */
  public static McpSyncServer streamable(
      McpStreamableServerTransportProvider transport, Inventory inventory) {
    return withSessions(McpServer.sync(transport), inventory, "http");
  }

  /** What every server with sessions is: the same identity, settings, tools, resources, prompts. */
  private static McpSyncServer withSessions(
      McpServer.SyncSpecification<?> spec, Inventory inventory, String transport) {
    return spec.serverInfo("lmi-advisor", Version.current())
        .instructions(INSTRUCTIONS)
        .capabilities(capabilities())
        .jsonMapper(Json.MCP)
        .jsonSchemaValidator(BuildCheckedSchemas.INSTANCE)
        // The ToolInvoker checks arguments, as for every other front end.
        .validateToolInputs(false)
        .requestTimeout(REQUEST_TIMEOUT)
        .tools(sessionTools(inventory, transport))
        .resources(sessionResources(inventory))
        .prompts(sessionPrompts(inventory))
        .build();
  }

  /** A stateless server for replicas behind a load balancer: no sessions, so no elicitation. */
  public static McpStatelessSyncServer stateless(
      McpStatelessServerTransport transport, Inventory inventory) {
    return McpServer.sync(transport)
        .serverInfo("lmi-advisor", Version.current())
        .instructions(INSTRUCTIONS)
        .capabilities(capabilities())
        .jsonMapper(Json.MCP)
        .jsonSchemaValidator(BuildCheckedSchemas.INSTANCE)
        .validateToolInputs(false)
        .requestTimeout(REQUEST_TIMEOUT)
        .tools(
            inventory.tools().stream()
                .map(
                    tool ->
                        new McpStatelessServerFeatures.SyncToolSpecification(
                            ToolCalls.describe(tool),
                            (context, request) ->
                                ToolCalls.call(
                                    tool,
                                    request.arguments(),
                                    new Caller(
                                        "http-stateless", clientName(context), Optional.empty()))))
                .toList())
        .resources(
            inventory.resources().stream()
                .map(
                    r ->
                        new McpStatelessServerFeatures.SyncResourceSpecification(
                            describe(r), (context, request) -> read(r)))
                .toList())
        .prompts(
            inventory.prompts().stream()
                .map(
                    p ->
                        new McpStatelessServerFeatures.SyncPromptSpecification(
                            describe(p), (context, request) -> render(p, request)))
                .toList())
        .build();
  }

  private static String clientName(McpTransportContext context) {
    Object name = context == null ? null : context.get("client");
    return name == null ? "unknown" : name.toString();
  }

  private static List<McpServerFeatures.SyncToolSpecification> sessionTools(
      Inventory inventory, String transport) {
    return inventory.tools().stream()
        .map(
            (ToolDefinition tool) ->
                new McpServerFeatures.SyncToolSpecification(
                    ToolCalls.describe(tool),
                    (exchange, request) ->
                        ToolCalls.call(tool, request.arguments(), caller(exchange, transport))))
        .toList();
  }

  private static Caller caller(McpSyncServerExchange exchange, String transport) {
    String client = exchange.getClientInfo() == null ? "unknown" : exchange.getClientInfo().name();
    boolean canAsk =
        exchange.getClientCapabilities() != null
            && exchange.getClientCapabilities().elicitation() != null;
    Optional<Caller.Confirmer> confirmer =
        canAsk
            ? Optional.of(question -> Elicitation.confirm(exchange, question))
            : Optional.empty();
    return new Caller(transport, client, confirmer);
  }

  private static List<McpServerFeatures.SyncResourceSpecification> sessionResources(
      Inventory inventory) {
    return inventory.resources().stream()
        .map(
            r -> new McpServerFeatures.SyncResourceSpecification(describe(r), (ex, req) -> read(r)))
        .toList();
  }

  private static List<McpServerFeatures.SyncPromptSpecification> sessionPrompts(
      Inventory inventory) {
    return inventory.prompts().stream()
        .map(
            p ->
                new McpServerFeatures.SyncPromptSpecification(
                    describe(p), (ex, req) -> render(p, req)))
        .toList();
  }

  private static McpSchema.Resource describe(ResourceDefinition r) {
    return McpSchema.Resource.builder()
        .uri(r.uri())
        .name(r.name())
        .title(r.title())
        .description(r.description())
        .mimeType(r.mimeType())
        .build();
  }

  private static McpSchema.ReadResourceResult read(ResourceDefinition r) {
    return new McpSchema.ReadResourceResult(
        r.reader().get().stream()
            .map(
                c ->
                    (McpSchema.ResourceContents)
                        new McpSchema.TextResourceContents(c.uri(), c.mimeType(), c.text()))
            .toList());
  }

  private static McpSchema.Prompt describe(PromptDefinition p) {
    return new McpSchema.Prompt(
        p.name(),
        p.title(),
        p.description(),
        p.arguments().stream()
            .map(a -> new McpSchema.PromptArgument(a.name(), a.description(), a.required()))
            .toList());
  }

  private static McpSchema.GetPromptResult render(
      PromptDefinition p, McpSchema.GetPromptRequest request) {
    Map<String, String> args = new HashMap<>();
    if (request.arguments() != null) {
      request.arguments().forEach((k, v) -> args.put(k, v == null ? "" : v.toString()));
    }
    for (PromptDefinition.Argument argument : p.arguments()) {
      if (argument.required() && args.getOrDefault(argument.name(), "").isBlank()) {
        throw new io.modelcontextprotocol.spec.McpError(
            new McpSchema.JSONRPCResponse.JSONRPCError(
                McpSchema.ErrorCodes.INVALID_PARAMS,
                "prompt " + p.name() + " needs the argument '" + argument.name() + "'",
                null));
      }
    }
    return new McpSchema.GetPromptResult(
        p.description(),
        List.of(
            new McpSchema.PromptMessage(
                McpSchema.Role.USER, new McpSchema.TextContent(p.render().apply(args)))));
  }
}
