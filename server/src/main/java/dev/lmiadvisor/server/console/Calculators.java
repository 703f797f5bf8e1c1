package dev.lmiadvisor.server.console;

import dev.lmiadvisor.errors.UserInputException;
import dev.lmiadvisor.server.call.ToolInvoker;
import dev.lmiadvisor.server.call.ToolResult;
import dev.lmiadvisor.server.inventory.Caller;
import dev.lmiadvisor.server.inventory.Inventory;
import dev.lmiadvisor.server.inventory.ToolDefinition;
import dev.lmiadvisor.server.inventory.ToolOutcome;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The calculators and the question box: forms built from the tools' own input schemas, run through
 * the same {@link ToolInvoker} as MCP, so validation, defaults and errors are the ones every front
 * end has.
 */
final class Calculators {

  /** A calculator: its page, the tool it runs, and the fields the form leaves out. */
  record Calculator(String page, String tool, String title, Set<String> hidden) {}

  static final List<Calculator> ALL =
      List.of(
          new Calculator(
              "costs", "compare_costs", "Cost comparison and break-even", Set.of("chart_format")),
          new Calculator("sizing", "compute_sizing", "LMI sizing", Set.of()),
          new Calculator(
              "region", "check_region_availability", "Region availability", Set.of("live")));

  private final Inventory inventory;

  Calculators(Inventory inventory) {
    this.inventory = inventory;
  }

  Optional<Map<String, Object>> calculator(
      String page, HttpServletRequest request, boolean post, Caller caller) {
    Optional<Calculator> found = ALL.stream().filter(c -> c.page().equals(page)).findFirst();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Calculator calculator = found.get();
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("title", calculator.title());
    scope.put("page", calculator.page());
    scope.put("calculators", menu(calculator.page()));
    Optional<ToolDefinition> tool = inventory.tool(calculator.tool());
    if (tool.isEmpty()) {
      scope.put(
          "unavailable", calculator.tool() + " is not enabled on this server (see --toolsets).");
      return Optional.of(scope);
    }
    scope.put("tool", calculator.tool());
    scope.put("description", tool.get().description());
    scope.put("fields", fields(tool.get(), calculator.hidden(), post ? request : null));
    if (calculator.page().equals("region")) {
      inventory
          .tool("list_regions")
          .ifPresent(
              list -> {
                List<Map<String, Object>> statuses = regionsByStatus(list, caller);
                scope.put("statuses", statuses);
                scope.put("hasStatuses", !statuses.isEmpty());
              });
    }
    if (!post) {
      return Optional.of(scope);
    }
    Map<String, Object> arguments;
    try {
      arguments = FormArguments.of(tool.get().inputSchema(), request::getParameter);
    } catch (UserInputException e) {
      scope.put("error", e.getMessage());
      return Optional.of(scope);
    }
    arguments.keySet().removeIf(calculator.hidden()::contains);
    if (calculator.tool().equals("compare_costs")) {
      arguments.put("chart_format", "svg");
    }
    switch (ToolInvoker.invoke(tool.get(), arguments, caller)) {
      case ToolResult.Ok ok -> {
        scope.put("resultText", ok.text());
        List<Map<String, Object>> facts = facts(ok.structured());
        scope.put("facts", facts);
        scope.put("hasFacts", !facts.isEmpty());
        ok.image(ToolOutcome.Image.SVG)
            .ifPresent(
                svg -> {
                  scope.put("chart", WebConsole.dataUri(svg));
                  scope.put("chartAlt", svg.description());
                });
        if (calculator.page().equals("costs")) {
          scope.put("costs", costs(ok.structured()));
        }
        if (calculator.page().equals("region")) {
          scope.put("region", region(ok.structured()));
        }
      }
      case ToolResult.UserError error -> scope.put("error", error.message());
      case ToolResult.Fault fault -> scope.put("error", fault.message());
    }
    return Optional.of(scope);
  }

  Map<String, Object> ask(HttpServletRequest request, boolean post, Caller caller) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("title", "Ask");
    scope.put("question", Optional.ofNullable(request.getParameter("question")).orElse(""));
    Optional<ToolDefinition> tool = inventory.tool("answer_question");
    if (tool.isEmpty()) {
      scope.put("unavailable", "answer_question is not enabled on this server (see --toolsets).");
      return scope;
    }
    if (!post) {
      return scope;
    }
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("question", Optional.ofNullable(request.getParameter("question")).orElse(""));
    arguments.put("max_passages", 5);
    switch (ToolInvoker.invoke(tool.get(), arguments, caller)) {
      case ToolResult.Ok ok -> {
        Map<String, Object> answer = ok.structured();
        scope.put("answered", true);
        scope.put("reference", answer.get("reference"));
        scope.put("referenceTitle", answer.get("title"));
        scope.put("language", answer.get("language"));
        scope.put("onTopic", Boolean.TRUE.equals(answer.get("on_topic")));
        scope.put("passages", answer.get("passages"));
        scope.put("mustMention", answer.get("must_mention"));
        scope.put("sources", answer.get("sources"));
        scope.put("corrections", answer.get("corrections"));
        scope.put("hasSources", answer.get("sources") instanceof List<?> l && !l.isEmpty());
        scope.put("hasCorrections", answer.get("corrections") instanceof List<?> l && !l.isEmpty());
      }
      case ToolResult.UserError error -> scope.put("error", error.message());
      case ToolResult.Fault fault -> scope.put("error", fault.message());
    }
    return scope;
  }

  private static List<Map<String, Object>> menu(String current) {
    List<Map<String, Object>> menu = new ArrayList<>();
    for (Calculator c : ALL) {
      menu.add(Map.of("page", c.page(), "title", c.title(), "current", c.page().equals(current)));
    }
    return menu;
  }

  /** The form's fields, from the input schema; after a POST they keep what was typed. */
  private static List<Map<String, Object>> fields(
      ToolDefinition tool, Set<String> hidden, HttpServletRequest submitted) {
    List<Map<String, Object>> fields = new ArrayList<>();
    Map<String, Object> schema = tool.inputSchema();
    List<?> required = schema.get("required") instanceof List<?> r ? r : List.of();
    if (!(schema.get("properties") instanceof Map<?, ?> properties)) {
      return fields;
    }
    properties.forEach(
        (key, value) -> {
          String name = String.valueOf(key);
          if (hidden.contains(name) || !(value instanceof Map<?, ?> property)) {
            return;
          }
          String type = String.valueOf(property.get("type"));
          String typed = submitted == null ? null : submitted.getParameter(name);
          Map<String, Object> field = new LinkedHashMap<>();
          field.put("name", name);
          field.put("id", "field-" + name);
          field.put("label", label(name));
          field.put("hint", String.valueOf(property.get("description")));
          field.put("required", required.contains(name));
          field.put("value", typed == null ? "" : typed);
          if (property.get("enum") instanceof List<?> values) {
            List<Map<String, Object>> options = new ArrayList<>();
            for (Object option : values) {
              String text = String.valueOf(option);
              options.add(Map.of("value", text, "selected", text.equals(typed)));
            }
            field.put("select", true);
            field.put("options", options);
            field.put(
                "defaultLabel",
                property.containsKey("default")
                    ? "default: " + property.get("default")
                    : "not set");
          } else if (type.equals("boolean")) {
            field.put("checkbox", true);
            field.put("checked", typed != null);
          } else {
            field.put("input", true);
            field.put(
                "inputType", type.equals("integer") || type.equals("number") ? "number" : "text");
            field.put("step", type.equals("number") ? "any" : "1");
          }
          fields.add(field);
        });
    return fields;
  }

  static String label(String field) {
    String words = field.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The result's top-level values that read as one line each. */
  private static List<Map<String, Object>> facts(Map<String, Object> structured) {
    List<Map<String, Object>> facts = new ArrayList<>();
    structured.forEach(
        (name, value) -> {
          if (value instanceof Map<?, ?> || name.equals("series")) {
            return;
          }
          if (value instanceof List<?> list && list.stream().anyMatch(Map.class::isInstance)) {
            return;
          }
          facts.add(Map.of("name", label(name), "value", value == null ? "—" : format(value)));
        });
    return facts;
  }

  private static String format(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "—" : String.join("; ", list.stream().map(String::valueOf).toList());
    }
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    return String.valueOf(value);
  }

  private static Map<String, Object> costs(Map<String, Object> structured) {
    Map<String, Object> costs = new LinkedHashMap<>();
    Map<?, ?> standard = (Map<?, ?>) structured.get("standard_lambda");
    Map<?, ?> lmi = (Map<?, ?>) structured.get("lmi");
    costs.put("standard", money(standard.get("monthly_usd")));
    costs.put("lmi", money(lmi.get("monthly_usd")));
    costs.put("fleet", lmi.get("instance_count") + " x " + lmi.get("instance_type"));
    costs.put("cheaper", "lmi".equals(structured.get("cheaper")) ? "LMI" : "Standard Lambda");
    costs.put("savings", structured.get("savings_pct") + " %");
    costs.put(
        "breakEven",
        String.format(
            Locale.ROOT,
            "%,d",
            ((Number) structured.get("break_even_monthly_requests")).longValue()));
    return costs;
  }

  private static String money(Object value) {
    return String.format(Locale.ROOT, "$%,.2f", ((Number) value).doubleValue());
  }

  private static Map<String, Object> region(Map<String, Object> structured) {
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("name", structured.get("region") + " (" + structured.get("region_name") + ")");
    region.put("status", structured.get("status"));
    region.put("available", Boolean.TRUE.equals(structured.get("available")));
    region.put("alternatives", structured.get("alternatives"));
    region.put("nearest", structured.get("nearest_available_regions"));
    region.put(
        "hasAlternatives", structured.get("alternatives") instanceof List<?> l && !l.isEmpty());
    region.put(
        "hasNearest",
        structured.get("nearest_available_regions") instanceof List<?> l && !l.isEmpty());
    return region;
  }

  /** Every Region by LMI status, for the list beside the region form. */
  private static List<Map<String, Object>> regionsByStatus(ToolDefinition list, Caller caller) {
    List<Map<String, Object>> groups = new ArrayList<>();
    if (!(ToolInvoker.invoke(list, Map.of(), caller) instanceof ToolResult.Ok ok)
        || !(ok.structured().get("regions") instanceof List<?> regions)) {
      return groups;
    }
    for (String status : List.of("available", "not_available", "unknown")) {
      List<Map<String, Object>> members = new ArrayList<>();
      for (Object item : regions) {
        if (item instanceof Map<?, ?> r && status.equals(r.get("status"))) {
          members.add(
              Map.of(
                  "region", String.valueOf(r.get("region")),
                  "name", String.valueOf(r.get("region_name")),
                  "partition", String.valueOf(r.get("partition"))));
        }
      }
      groups.add(
          Map.of(
              "status",
              status,
              "label",
              switch (status) {
                case "available" -> "Available";
                case "not_available" -> "Not available";
                default -> "Unknown";
              },
              "count",
              members.size(),
              "regions",
              members));
    }
    return groups;
  }
}
