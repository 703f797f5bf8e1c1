package dev.lmiadvisor.regions;

/** One line of the Region list: a Region and the dataset's entry for it. */
public record RegionStatus(RegionInfo region, AvailabilityEntry entry) {}
