/**
 * The words every tool of this module shares: the Lambda runtimes LMI runs ({@link
 * dev.lmiadvisor.tools.vocabulary.LambdaRuntime}, and a concrete runtime version, {@link
 * dev.lmiadvisor.tools.vocabulary.RuntimeVersion}), the CPU architecture, the deployment
 * environment, and how a caller's word is turned into one of them ({@link
 * dev.lmiadvisor.tools.vocabulary.Choice}) or answered with the closest ones ({@link
 * dev.lmiadvisor.tools.vocabulary.Suggestions}). Sizing, cost, the assessment, the deployment
 * planner and the reviewers all speak these, so a runtime or an architecture has one id, one parser
 * and one error message wherever a caller names it.
 */
package dev.lmiadvisor.tools.vocabulary;
