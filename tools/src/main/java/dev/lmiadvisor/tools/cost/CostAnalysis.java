package dev.lmiadvisor.tools.cost;

/** compare_costs' answer together with the data of its break-even chart. */
public record CostAnalysis(CostComparison comparison, CostSeries series) {}
