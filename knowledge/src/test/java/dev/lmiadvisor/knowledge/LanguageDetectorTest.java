package dev.lmiadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "How do I size memory for a Java function? | en",
        "MaxVCpuCount 应该设多少？ | zh",
        "LMI 的成本怎么算 | zh",
        "Chi phí của LMI là bao nhiêu? | vi",
        "Lam the nao de cau hinh capacity provider cho Lambda khong bi loi? | vi",
        "What is the cost of LMI in us-east-1? | en",
        "LMI の料金はどう計算されますか | ja",
        "マネージドインスタンスとは | ja",
        "LMI 요금은 어떻게 계산하나요? | ko",
        "Как настроить LMI? | und",
      })
  void detect_tellsTheLanguagesApart(String text, String expected) {
    assertEquals(expected, LanguageDetector.detect(text).code());
  }
}
