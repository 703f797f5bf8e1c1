package dev.lmiadvisor.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * The facts the aws-lambda-managed-instances agent skill says an answer must always carry when they
 * apply, each with its source and the date it was checked. Where the skill's wording is outdated,
 * the fact is stated as it is true today (the capacity provider state is {@code Pending}, not
 * "CREATING"; the API field is {@code PublishTo}, the CloudFormation property {@code
 * PublishToLatestPublished}).
 */
public enum MustMention {
  PRICING_COMPONENTS(
      "LMI is priced in three parts: the EC2 instance price, a 15% management fee computed on the EC2"
          + " on-demand price (Savings Plans and Reserved Instances discount only the EC2 part, never"
          + " the fee), and $0.20 per million requests; there is no GB-second duration charge"
          + " (https://aws.amazon.com/lambda/pricing/, as of 2026-11-21).",
      "LMI 费用由三部分组成：EC2 实例价格；按 EC2 按需价格计算的 15% 管理费（Savings Plans 和预留实例只折扣 EC2"
          + " 部分，不折扣管理费）；每百万次请求 0.20 美元；没有按 GB-秒计的时长费用"
          + "（https://aws.amazon.com/lambda/pricing/，截至 2026-11-21）。"),
  SCALING_BEHAVIOUR(
      "LMI scales asynchronously on CPU utilisation and concurrency saturation, not per request:"
          + " traffic that more than doubles within 5 minutes can be throttled with HTTP 429, and it"
          + " never scales to zero while a version is active"
          + " (https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html,"
          + " as of 2026-11-21).",
      "LMI 依据 CPU 利用率和并发饱和度异步伸缩，而非按请求伸缩：5 分钟内流量翻倍以上可能被限流（HTTP 429），"
          + "且版本处于活动状态时不会缩容到零"
          + "（https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html，截至 2026-11-21）。"),
  STUCK_PENDING(
      "A capacity provider that stays in the Pending state (older guidance calls it CREATING; the API"
          + " states are Pending, Active, Failed and Deleting): check the operator role first, since"
          + " Lambda assumes it to manage the instances; look in CloudTrail for denied sts:AssumeRole"
          + " calls (https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-operator-role.html,"
          + " as of 2026-12-01). Then the network: instances launch only when a version is published,"
          + " so a missing NAT route or VPC endpoints shows up as the published version stuck in"
          + " Pending or Failed"
          + " (https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances.html, as of"
          + " 2026-12-01).",
      "容量提供商一直处于 Pending 状态（旧资料称为 CREATING；API 中的状态为 Pending、Active、Failed、Deleting）："
          + "先查操作员角色，因为 Lambda 代入该角色来管理实例；在 CloudTrail 中查找 sts:AssumeRole 被拒记录"
          + "（https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-operator-role.html，截至 2026-12-01）。"
          + "然后查网络：实例只在发布版本时启动，所以缺少 NAT 路由或 VPC 终端节点会表现为已发布版本卡在 Pending 或 Failed"
          + "（https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances.html，截至 2026-12-01）。"),
  PUBLISHED_VERSION(
      "A function that does not scale or cannot be invoked usually has no published version: publish"
          + " with PublishTo=LATEST_PUBLISHED in the API and CLI (--publish-to LATEST_PUBLISHED), or"
          + " PublishToLatestPublished: true in CloudFormation and SAM"
          + " (https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-version-publishing.html,"
          + " as of 2026-11-21).",
      "函数不伸缩或无法调用，通常是因为没有已发布版本：在 API 和 CLI 中使用 PublishTo=LATEST_PUBLISHED"
          + "（--publish-to LATEST_PUBLISHED），在 CloudFormation 和 SAM 中使用 PublishToLatestPublished: true"
          + "（https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-version-publishing.html，截至 2026-11-21）。"),
  MINIMUM_MEMORY(
      "Memory errors: an LMI function needs at least 2048 MB (at most 32768 MB)"
          + " (Lambda API reference, MemorySize; Lambda developer guide, as of 2026-11-21).",
      "内存错误：LMI 函数至少需要 2048 MB（最多 32768 MB）（Lambda API 参考 MemorySize；Lambda 开发者指南，截至 2026-11-21）。"),
  MINIMUM_THREE_ENVIRONMENTS(
      "Run at least 3 execution environments in production for Availability Zone resiliency; LMI"
          + " starts 3 before a published version becomes active and does not scale to zero"
          + " (https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html,"
          + " as of 2026-11-21).",
      "生产环境至少运行 3 个执行环境以实现可用区容错；LMI 在已发布版本变为活动状态前会启动 3 个执行环境，且不会缩容到零"
          + "（https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html，截至 2026-11-21）。");

  private final String english;
  private final String chinese;

  MustMention(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /** The fact in the given language (Chinese for Chinese questions, English otherwise). */
  public String text(Language language) {
    return language == Language.ZH ? chinese : english;
  }

  /** The troubleshooting quick facts, always mentioned when diagnosing. */
  static final List<MustMention> QUICK_FACTS =
      List.of(STUCK_PENDING, PUBLISHED_VERSION, MINIMUM_MEMORY);

  private static final List<String> SCALING_WORDS =
      List.of(
          "scal",
          "traffic",
          "spike",
          "burst",
          "throttl",
          "429",
          "autoscal",
          "peak",
          "伸缩",
          "扩容",
          "扩缩",
          "缩容",
          "流量",
          "峰值",
          "限流",
          "突发",
          "mở rộng",
          "lưu lượng",
          "scale");

  private static final List<String> COST_WORDS =
      List.of(
          "cost",
          "price",
          "pricing",
          "cheap",
          "expensive",
          "bill",
          "savings plan",
          "成本",
          "价格",
          "费用",
          "便宜",
          "chi phí",
          "giá");

  private static final List<String> RECOMMENDATION_WORDS =
      List.of(
          "should we",
          "should i",
          "worth",
          "recommend",
          "right for",
          "good fit",
          "fit for",
          "migrate",
          "move to lmi",
          "switch to lmi",
          "adopt",
          "是否",
          "适合",
          "值得",
          "推荐",
          "迁移",
          "nên",
          "có nên",
          "phù hợp",
          "di chuyển");

  /** The facts that apply to an answer from this reference to this question. */
  public static List<MustMention> forAnswer(ReferenceId reference, String question) {
    String lowered = question.toLowerCase(Locale.ROOT);
    var facts = new java.util.ArrayList<MustMention>();
    if (reference == ReferenceId.COST_COMPARISON
        || COST_WORDS.stream().anyMatch(lowered::contains)) {
      facts.add(PRICING_COMPONENTS);
    }
    if (reference == ReferenceId.TROUBLESHOOTING) {
      facts.addAll(QUICK_FACTS);
    }
    if (SCALING_WORDS.stream().anyMatch(lowered::contains)) {
      facts.add(SCALING_BEHAVIOUR);
    }
    if (reference == ReferenceId.MIGRATION_PATTERNS
        || RECOMMENDATION_WORDS.stream().anyMatch(lowered::contains)) {
      facts.add(MINIMUM_THREE_ENVIRONMENTS);
    }
    return List.copyOf(facts);
  }

  /**
   * The facts a workload assessment carries: when LMI is recommended, the three-environment floor,
   * its scaling and its pricing; when it is not, why its scaling ruled it out.
   */
  public static List<MustMention> forAssessment(boolean recommendsLmi) {
    return recommendsLmi
        ? List.of(MINIMUM_THREE_ENVIRONMENTS, SCALING_BEHAVIOUR, PRICING_COMPONENTS)
        : List.of(SCALING_BEHAVIOUR);
  }

  /** The facts an LMI sizing carries: the three-environment floor and how LMI scales. */
  public static List<MustMention> forSizing() {
    return List.of(MINIMUM_THREE_ENVIRONMENTS, SCALING_BEHAVIOUR);
  }

  /** The facts a cost comparison carries: the pricing, and the floor when LMI comes out cheaper. */
  public static List<MustMention> forCostComparison(boolean lmiCheaper) {
    return lmiCheaper
        ? List.of(PRICING_COMPONENTS, MINIMUM_THREE_ENVIRONMENTS)
        : List.of(PRICING_COMPONENTS);
  }

  /** The facts' texts in one language. */
  public static List<String> texts(List<MustMention> facts, Language language) {
    return facts.stream().map(f -> f.text(language)).toList();
  }
}
