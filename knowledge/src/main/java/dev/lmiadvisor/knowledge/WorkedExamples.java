package dev.lmiadvisor.knowledge;

import java.util.List;

/**
 * Marks a worked example as an example when the question brings numbers of its own, so that an
 * answer never passes off another workload's result as the asker's: the calculator computes theirs.
 */
final class WorkedExamples {

  private WorkedExamples() {}

  /** A note to put before a passage of the section, or the empty string when none is needed. */
  static String note(String sectionId, List<SuggestedCall> calls, Language language) {
    boolean example = sectionId.startsWith("worked-example");
    boolean ownNumbers = calls.stream().anyMatch(c -> c.tool().equals("compare_costs"));
    if (!example || !ownNumbers) {
      return "";
    }
    return language == Language.ZH
        ? "> 注意：这是参考文档中示例工作负载的算例，不是你问题中的数字；请用 suggested_calls 中的参数调用" + " compare_costs 计算你的情况。\n\n"
        : "> Note: this worked example is for the reference's example workload, not for the numbers"
            + " in your question; call compare_costs with the arguments in suggested_calls for"
            + " yours.\n\n";
  }
}
