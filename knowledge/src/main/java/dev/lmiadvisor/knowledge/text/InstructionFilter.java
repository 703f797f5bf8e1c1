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

  private static final List<Pattern> STEERING =
      List.of(
          // [category: configuration], (route: cost), {reference=migration}
          Pattern.compile(
              "[\\[({<]\\s*(?:category|route|reference|topic|label|class|intent|分类|类别|路由)"
                  + "\\s*[:=：]\\s*[^\\])}>]{0,40}[\\])}>]",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          // SYSTEM: … / ASSISTANT: … up to the end of the sentence
          Pattern.compile(
              "(?:^|(?<=[\\s.!?。！？]))(?:system|assistant|admin|developer|instruction|note to"
                  + " (?:the )?(?:ai|assistant|model|router))\\s*[:：][^.!?\\n。！？]*[.!?\\n。！？]?",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          // ignore/disregard (all) (the) previous/above instructions …
          Pattern.compile(
              "(?:ignore|disregard|forget|override)\\s+(?:all\\s+|any\\s+)?(?:the\\s+|your\\s+)?"
                  + "(?:previous|prior|above|earlier|system|routing)?\\s*"
                  + "(?:instructions?|rules?|prompts?|context|routing)[^.!?\\n。！？:：]*[.!?\\n:：]?",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          // route/classify/send/answer this (question) to/as/from X (reference)
          Pattern.compile(
              "(?:please\\s+)?(?:route|classify|categori[sz]e|label|send|answer|treat|tag|"
                  + "forward|put)\\s+(?:this|it|the question|my question|this question)?\\s*"
                  + "(?:to|as|under|into|from|using|with)\\s+(?:the\\s+)?"
                  + REFERENCE_WORD
                  + "(?:\\s+(?:reference|guide|doc(?:ument)?s?|category|section|only))*"
                  + "[^.!?\\n:：]{0,20}[.!?\\n:：]?",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          // 忽略(以上/之前的)(所有)指令/提示 … ；归类为 X；路由到 X；按 X 回答
          Pattern.compile(
              "(?:忽略|无视|不要管)[^，。,.!?！？：:]{0,12}(?:指令|指示|提示|规则|说明)[^，。,.!?！？：:]*[，。,.!?！？：:]?"),
          Pattern.compile(
              "(?i)(?:请)?(?:归类为|归类到|分类为|分类到|路由到|转到|当作|按照?|用)\\s*"
                  + REFERENCE_WORD
                  + "\\s*"
                  + "(?:类|类别|参考|文档|来回答|回答|处理)?[，。,.!?！？：:]?"),
          // bỏ qua (các) hướng dẫn/chỉ dẫn trước …; phân loại (câu này) vào X
          Pattern.compile(
              "(?:bỏ qua|bo qua|phớt lờ|pho lo)[^.,!?:\\n]{0,20}(?:hướng dẫn|huong dan|chỉ dẫn|chi dan|"
                  + "chỉ thị|chi thi|lệnh|lenh)[^.!?:\\n]*[.!?:\\n]?",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          Pattern.compile(
              "(?:hãy |hay )?(?:phân loại|phan loai|chuyển|chuyen|xếp|xep|trả lời|tra loi)\\s+"
                  + "(?:câu (?:hỏi )?này|cau (?:hoi )?nay|nó|no)?\\s*(?:vào|vao|sang|theo|bằng|bang|"
                  + "là|la)\\s+(?:mục\\s+|muc\\s+|tài liệu\\s+|tai lieu\\s+)?"
                  + REFERENCE_WORD
                  + "[^.!?:\\n]{0,10}[.!?:\\n]?",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

  private InstructionFilter() {}

  /** The question without steering text; the question unchanged when nothing steers. */
  public static String strip(String question) {
    String text = question;
    for (Pattern pattern : STEERING) {
      text = pattern.matcher(text).replaceAll(" ");
    }
    String stripped = text.strip();
    // Never strip a question down to nothing: then it was all question after all.
    return stripped.length() < 3 ? question : stripped;
  }
}
