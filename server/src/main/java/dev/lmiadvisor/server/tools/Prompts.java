package dev.lmiadvisor.server.tools;

import dev.lmiadvisor.server.inventory.PromptDefinition;
import dev.lmiadvisor.server.inventory.PromptDefinition.Argument;
import java.util.List;

/** Prompts for the common journeys: assess a workload, migrate a function, troubleshoot. */
public final class Prompts {

  private Prompts() {}

  public static List<PromptDefinition> all() {
    return List.of(
        new PromptDefinition(
            "assess_workload",
            "Should this workload run on LMI?",
            "Walks through the signals that decide between Lambda Managed Instances and standard"
                + " Lambda, then sizes and prices the choice.",
            List.of(
                new Argument("workload", "What the function does, its runtime and traffic.", true)),
            args ->
                """
                Decide whether this workload should run on AWS Lambda Managed Instances (LMI).
                Workload: %s

                1. Collect the signals: monthly requests and traffic shape (steady, bursty, idle periods),
                   cold-start tolerance, need to scale to zero, runtime, thread safety, current Lambda spend,
                   compute needs. Ask for the ones that are missing.
                2. Call assess_workload with them and report the verdict signal by signal.
                3. If LMI fits, call compute_sizing and compare_costs and show the numbers with their price date.
                4. Always say: at least 3 execution environments in production, and LMI does not scale to zero.
                """
                    .formatted(args.getOrDefault("workload", ""))),
        new PromptDefinition(
            "migrate_function",
            "Migrate a function to LMI",
            "Plans the move of an existing Lambda function to a capacity provider: code readiness,"
                + " configuration, infrastructure and a weighted-alias cutover.",
            List.of(
                new Argument("function", "The function's name, runtime and what it does.", true),
                new Argument("region", "The AWS region it runs in.", false)),
            args ->
                """
                Plan the migration of this Lambda function to Lambda Managed Instances.
                Function: %s
                Region: %s

                1. Check the region with check_region_availability; if LMI is not there, present the alternatives.
                2. Review the handler for thread safety (answer_question on thread-safety and migration-patterns,
                   review_thread_safety when the code is available).
                3. Size it (compute_sizing) and configure it (answer_question on configuration-guide).
                4. Plan the infrastructure and cutover (plan_deployment); every command stays in plan mode until
                   the person confirms.
                """
                    .formatted(
                        args.getOrDefault("function", ""),
                        args.getOrDefault("region", "us-east-1"))),
        new PromptDefinition(
            "troubleshoot_deployment",
            "Troubleshoot an LMI deployment",
            "Diagnoses a capacity provider or function that is stuck, throttled or failing.",
            List.of(new Argument("symptom", "What is going wrong, with any error text.", true)),
            args ->
                """
                Diagnose this Lambda Managed Instances problem: %s

                1. Call answer_question with the symptom; the troubleshooting reference answers it.
                2. Mention the quick facts it returns in must_mention.
                3. Propose read-only diagnostic commands (run_aws_cli in plan mode), such as
                   aws lambda get-capacity-provider and aws lambda get-function-scaling-config.
                """
                    .formatted(args.getOrDefault("symptom", ""))));
  }
}
