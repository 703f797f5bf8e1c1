package dev.lmiadvisor.tools.live.assess;

import java.time.LocalDate;
import java.util.Optional;

/** One UTC day of the window. */
public record DailyTotals(
    LocalDate date,
    long invocations,
    long errors,
    long throttles,
    Optional<Integer> peakConcurrency) {}
