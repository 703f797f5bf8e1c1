package dev.lmiadvisor.tools.review.config.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lmiadvisor.tools.vocabulary.Suggestions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationTest {

  @ParameterizedTest(name = "{0}: graviton={1}, C/M/R={2}")
  @CsvSource({
    "m7g.xlarge, true, true",
    "c7gn.2xlarge, true, true",
    "r8gd.large, true, true",
    "c6g.*, true, true",
    "x2gd.xlarge, true, false",
    "m7i.large, false, true",
    "m7i-flex.large, false, true",
    "c6in.xlarge, false, true",
    "r7iz.2xlarge, false, true",
    "m5dn.large, false, true",
    "t3.large, false, false",
    "t4g.medium, true, false",
    "g5.xlarge, false, false",
    "inf2.xlarge, false, false"
  })
  void readsEc2InstanceTypeNames(String type, boolean graviton, boolean lmiFamily) {
    assertEquals(graviton, InstanceTypes.isGraviton(type), "graviton");
    assertEquals(lmiFamily, InstanceTypes.isLmiFamily(type), "family");
  }

  @ParameterizedTest(name = "{0} supported={1}")
  @CsvSource({
    "java21, true",
    "java25, true",
    "java17, false",
    "java8.al2, false",
    "python3.13, true",
    "python3.14, true",
    "python3.12, false",
    "nodejs22.x, true",
    "nodejs24.x, true",
    "nodejs20.x, false",
    "dotnet8, true",
    "dotnet10, true",
    "dotnet6, false",
    "dotnetcore3.1, false",
    "provided.al2023, true",
    "provided.al2, false",
    "ruby3.3, false",
    "go1.x, false"
  })
  void knowsWhichRuntimesLmiRuns(String runtime, boolean supported) {
    assertEquals(supported, RuntimeCheck.replacementFor(runtime).isEmpty());
  }

  @ParameterizedTest(name = "{0} vs {1} = {2}")
  @CsvSource({
    "CapacityProviderNme, CapacityProviderName, 1",
    "VpcConfig, VpcConfig, 0",
    "abc, xyz, 3"
  })
  void editDistanceForDidYouMean(String a, String b, int distance) {
    assertEquals(distance, Suggestions.distance(a, b));
  }
}
