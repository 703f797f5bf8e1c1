/**
 * The two checks a team runs before attaching a function to a Lambda Managed Instances capacity
 * provider: {@link dev.lmiadvisor.tools.review.config.ConfigurationReviewer} reads a SAM or
 * CloudFormation template, {@link dev.lmiadvisor.tools.review.code.ThreadSafetyReviewer} reads
 * handler code. Both return findings with a stable rule id, a severity, where the problem is and
 * what to change.
 */
package dev.lmiadvisor.tools.review;
