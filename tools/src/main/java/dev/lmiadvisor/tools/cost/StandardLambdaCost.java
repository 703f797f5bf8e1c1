package dev.lmiadvisor.tools.cost;

/**
 * A month of standard Lambda, rounded to the cent.
 *
 * @param gbSeconds duration billed before the free tier, {@code N x d x M / 1024}
 */
public record StandardLambdaCost(
    double requestUsd, double durationUsd, double monthlyUsd, double gbSeconds) {}
