package dev.lmiadvisor.tools.live;

import dev.lmiadvisor.awsstub.AwsStub;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A CloudWatch GetMetricData responder for the stub: it reads the queries the SDK sent (query
 * protocol form parameters), asks a {@link Source} for each period's value, and answers in the
 * service's XML shape, leaving out the periods without a datapoint as CloudWatch does.
 */
final class MetricData {

  /** One query as sent. {@code metric} and {@code dimension} are null for an expression. */
  record Query(
      String id, String metric, String dimension, String stat, int period, String expression) {}

  /** The value of a query at the start of a period, or null for no datapoint. */
  @FunctionalInterface
  interface Source {
    Double value(Query query, Instant periodStart);
  }

  private MetricData() {}

  static Function<AwsStub.Received, AwsStub.Reply> responder(Source source) {
    return request -> AwsStub.Reply.xml(200, answer(request.form(), source));
  }

  static List<Query> queries(Map<String, String> form) {
    List<Query> queries = new ArrayList<>();
    for (int n = 1; form.containsKey(prefix(n) + "Id"); n++) {
      String p = prefix(n);
      String expression = form.get(p + "Expression");
      queries.add(
          new Query(
              form.get(p + "Id"),
              form.get(p + "MetricStat.Metric.MetricName"),
              form.get(p + "MetricStat.Metric.Dimensions.member.1.Value"),
              form.get(p + "MetricStat.Stat"),
              Integer.parseInt(
                  form.getOrDefault(
                      p + "MetricStat.Period", form.getOrDefault(p + "Period", "60"))),
              expression));
    }
    return queries;
  }

  private static String prefix(int n) {
    return "MetricDataQueries.member." + n + ".";
  }

  private static String answer(Map<String, String> form, Source source) {
    Instant start = Instant.parse(form.get("StartTime"));
    Instant end = Instant.parse(form.get("EndTime"));
    StringBuilder xml =
        new StringBuilder(
            "<GetMetricDataResponse xmlns=\""
                + WireReplies.CLOUDWATCH_NS
                + "\">\n  <GetMetricDataResult>\n    <MetricDataResults>\n");
    for (Query query : queries(form)) {
      StringBuilder times = new StringBuilder();
      StringBuilder values = new StringBuilder();
      for (Instant t = start; t.isBefore(end); t = t.plusSeconds(query.period())) {
        Double value = source.value(query, t);
        if (value != null) {
          times.append("<member>").append(t).append("</member>");
          values.append("<member>").append(value).append("</member>");
        }
      }
      xml.append("      <member>\n        <Id>")
          .append(query.id())
          .append("</Id>\n        <Label>")
          .append(query.metric() == null ? query.id() : query.metric())
          .append("</Label>\n        <Timestamps>")
          .append(times)
          .append("</Timestamps>\n        <Values>")
          .append(values)
          .append("</Values>\n        <StatusCode>Complete</StatusCode>\n      </member>\n");
    }
    return xml.append(
            "    </MetricDataResults>\n    <Messages/>\n  </GetMetricDataResult>\n"
                + "  <ResponseMetadata>\n    <RequestId>6b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f</RequestId>\n"
                + "  </ResponseMetadata>\n</GetMetricDataResponse>\n")
        .toString();
  }
}
