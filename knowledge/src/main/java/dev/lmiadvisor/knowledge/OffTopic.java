package dev.lmiadvisor.knowledge;

/** What to say when a question is not about Lambda Managed Instances: what can be asked instead. */
final class OffTopic {

  private OffTopic() {}

  static String message(Language language) {
    return switch (language) {
      case ZH ->
          "这个问题看起来与 AWS Lambda Managed Instances（LMI）无关，因此没有查找任何资料。可以问："
              + "LMI 与标准 Lambda 的成本对比、实例与并发配置、线程安全、迁移、基础设施搭建（IAM、VPC、区域）"
              + "以及故障排查。带上数字（每月请求数、时长、内存、区域）即可得到计算结果。";
      case VI ->
          "Câu hỏi này có vẻ không liên quan đến AWS Lambda Managed Instances (LMI), nên không tra cứu"
              + " gì. Bạn có thể hỏi về: chi phí so với Lambda thường, cấu hình instance và đồng thời,"
              + " an toàn luồng, di chuyển, hạ tầng (IAM, VPC, Region) và xử lý sự cố. Kèm số liệu"
              + " (số request mỗi tháng, thời gian chạy, bộ nhớ, Region) để được tính toán.";
      default ->
          "This question does not look like one about AWS Lambda Managed Instances (LMI), so nothing"
              + " was looked up. Ask about LMI cost against standard Lambda, configuration and"
              + " concurrency, thread safety, migration, infrastructure (IAM, VPC, Regions) or"
              + " troubleshooting; give your numbers (requests a month, duration, memory, Region) to"
              + " have them computed.";
    };
  }
}
