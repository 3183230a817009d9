package org.cstoatlas.record.time;

import org.cstoatlas.record.Body;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.StatusPeriod;

/**
 * A country's status on a date. {@code since} is the boundary that began it (null when nothing ever
 * did); {@code uncertain} is true on the days that boundary may or may not have passed yet (it is
 * known only to the month or year). {@code body} and {@code period} are null for {@code NONE}.
 */
public record StatusAt(Country country, Status status, Body body, FuzzyDate since, boolean uncertain, StatusPeriod period) {
}
