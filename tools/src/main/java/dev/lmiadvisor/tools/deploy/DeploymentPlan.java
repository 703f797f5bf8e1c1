package dev.lmiadvisor.tools.deploy;

import java.util.List;

/**
 * The ordered setup of one LMI function, each step an AWS CLI command checked by the sandbox, and
 * the same deployment as an AWS SAM template.
 *
 * @param warnings what the person must check or replace before running the steps
 */
public record DeploymentPlan(List<Step> steps, String samTemplate, List<String> warnings) {

  /**
   * @param decision the sandbox's decision for the command ({@code allowed} for reads, {@code
   *     requires_confirmation} for changes)
   * @param rule the sandbox rule behind the decision
   * @param note what to look for or do with the result
   */
  public record Step(
      int order, String title, String command, String decision, String rule, String note) {}
}
