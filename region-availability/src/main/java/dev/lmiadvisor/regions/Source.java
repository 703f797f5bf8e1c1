package dev.lmiadvisor.regions;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A document a statement in the data files rests on.
 *
 * @param id key used by the data files
 * @param title what the document is
 * @param url where to read it
 * @param published date of the statement, when the document carries one
 * @param checked when it was last re-read for this dataset
 * @param kind {@code primary} (AWS documentation, What's New, SDK metadata) or {@code secondary}
 * @param note what the document says that matters here
 */
public record Source(
    String id,
    String title,
    String url,
    Optional<LocalDate> published,
    LocalDate checked,
    String kind,
    String note) {}
