package dev.lmiadvisor.knowledge.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes text that tries to steer the router instead of asking something: role prefixes
 * ("SYSTEM:"), "ignore the previous instructions", "route this to troubleshooting", "[category:
 * cost]", and their Chinese and Vietnamese equivalents. The route must depend on what the question
 * asks, so such spans are cut before any feature is read.
 */
public final class InstructionFilter {

  private static final String REFERENCE_WORD =
      "(?:cost|pricing|configuration|config|thread[- ]?safety|migration|infrastructure|infra"
          + "|troubleshooting|troubleshoot|setup|[a-z-]+(?:-guide|-patterns|-setup|-comparison))";

  /** One of these is in every text that {@link #REFERENCE_WORD} matches. */
  private static final List<String> REFERENCE_CUES =
      List.of(
          "cost",
          "pricing",
          "config",
          "thread",
          "migration",
          "infra",
          "troubleshoot",
          "setup",
          "-guide",
          "-patterns",
          "-comparison");

  /**
   * A steering pattern, and the words it cannot match without: in each group of cues, one must be
   * in the text. Most questions carry none, and a substring test is far cheaper than running the
   * pattern (the filter was a fifth of a route's time).
   */
  private record Steering(Pattern pattern, List<List<String>> cues) {
    boolean mayMatch(String caseless) {
      for (List<String> group : cues) {
        if (!Caseless.containsAny(caseless, group)) {
          return false;
        }
      }
      return true;
    }
  }

  private static final List<Steering> STEERING =
      List.of(
          // [category: configuration], (route: cost), {reference=migration}
          new Steering(
              Pattern.compile(
                  "[\\[({<]\\s*(?:category|route|reference|topic|label|class|intent|分类|类别|路由)"
                      + "\\s*[:=：]\\s*[^\\])}>]{0,40}[\\])}>]",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              List.of(
                  List.of(
                      "category",
                      "route",
                      "reference",
                      "topic",
                      "label",
                      "class",
                      "intent",
                      "分类",
                      "类别",
                      "路由"))),
          // SYSTEM: … / ASSISTANT: … up to the end of the sentence
          new Steering(
              Pattern.compile(
                  "(?:^|(?<=[\\s.!?。！？]))(?:system|assistant|admin|developer|instruction|note to"
                      + " (?:the )?(?:ai|assistant|model|router))\\s*[:：][^.!?\\n。！？]*[.!?\\n。！？]?",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              List.of(
                  List.of("system", "assistant", "admin", "developer", "instruction", "note to"))),
          // ignore/disregard (all) (the) previous/above instructions …
          new Steering(
              Pattern.compile(
                  "(?:ignore|disregard|forget|override)\\s+(?:all\\s+|any\\s+)?(?:the\\s+|your\\s+)?"
                      + "(?:previous|prior|above|earlier|system|routing)?\\s*"
                      + "(?:instructions?|rules?|prompts?|context|routing)[^.!?\\n。！？:：]*[.!?\\n:：]?",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              List.of(List.of("ignore", "disregard", "forget", "override"))),
          // route/classify/send/answer this (question) to/as/from X (reference)
          new Steering(
              Pattern.compile(
                  "(?:please\\s+)?(?:route|classify|categori[sz]e|label|send|answer|treat|tag|"
                      + "forward|put)\\s+(?:this|it|the question|my question|this question)?\\s*"
                      + "(?:to|as|under|into|from|using|with)\\s+(?:the\\s+)?"
                      + REFERENCE_WORD
                      + "(?:\\s+(?:reference|guide|doc(?:ument)?s?|category|section|only))*"
                      + "[^.!?\\n:：]{0,20}[.!?\\n:：]?",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              List.of(
                  List.of(
                      "route",
                      "classify",
                      "categori",
                      "label",
                      "send",
                      "answer",
                      "treat",
                      "tag",
                      "forward",
                      "put"),
                  REFERENCE_CUES)),
          // 忽略(以上/之前的)(所有)指令/提示 … ；归类为 X；路由到 X；按 X 回答
          new Steering(
              Pattern.compile(
                  "(?:忽略|无视|不要管)[^，。,.!?！？：:]{0,12}(?:指令|指示|提示|规则|说明)[^，。,.!?！？：:]*[，。,.!?！？：:]?"),
              List.of(List.of("忽略", "无视", "不要管"))),
          new Steering(
              Pattern.compile(
                  "(?i)(?:请)?(?:归类为|归类到|分类为|分类到|路由到|转到|当作|按照?|用)\\s*"
                      + REFERENCE_WORD
                      + "\\s*"
                      + "(?:类|类别|参考|文档|来回答|回答|处理)?[，。,.!?！？：:]?"),
              List.of(
                  List.of("归类为", "归类到", "分类为", "分类到", "路由到", "转到", "当作", "按", "用"),
                  REFERENCE_CUES)),
          // bỏ qua (các) hướng dẫn/chỉ dẫn trước …; phân loại (câu này) vào X
          new Steering(
              Pattern.compile(
                  "(?:bỏ qua|bo qua|phớt lờ|pho lo)[^.,!?:\\n]{0,20}(?:hướng dẫn|huong dan|chỉ dẫn|chi dan|"
                      + "chỉ thị|chi thi|lệnh|lenh)[^.!?:\\n]*[.!?:\\n]?",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              List.of(List.of("bỏ qua", "bo qua", "phớt lờ", "pho lo"))),
          new Steering(
              Pattern.compile(
                  "(?:hãy |hay )?(?:phân loại|phan loai|chuyển|chuyen|xếp|xep|trả lời|tra loi)\\s+"
                      + "(?:câu (?:hỏi )?này|cau (?:hoi )?nay|nó|no)?\\s*(?:vào|vao|sang|theo|bằng|bang|"
                      + "là|la)\\s+(?:mục\\s+|muc\\s+|tài liệu\\s+|tai lieu\\s+)?"
                      + REFERENCE_WORD
                      + "[^.!?:\\n]{0,10}[.!?:\\n]?",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
              List.of(
                  List.of(
                      "phân loại",
                      "phan loai",
                      "chuyển",
                      "chuyen",
                      "xếp",
                      "xep",
                      "trả lời",
                      "tra loi"),
                  REFERENCE_CUES)));

  private InstructionFilter() {}

  /** The question without steering text; the question unchanged when nothing steers. */
  public static String strip(String question) {
    return strip(question, true);
  }

  /** The question with every pattern run, cue or not: what {@link #strip} must agree with. */
  static String stripWithoutCues(String question) {
    return strip(question, false);
  }

  private static String strip(String question, boolean cuesFirst) {
    String text = question;
    String caseless = Caseless.of(text);
    for (Steering steering : STEERING) {
      if (!cuesFirst || steering.mayMatch(caseless)) {
        String cut = steering.pattern().matcher(text).replaceAll(" ");
        if (!cut.equals(text)) {
          text = cut;
          caseless = Caseless.of(text);
        }
      }
    }
    String stripped = text.strip();
    // Never strip a question down to nothing: then it was all question after all.
    return stripped.length() < 3 ? question : stripped;
  }
}
