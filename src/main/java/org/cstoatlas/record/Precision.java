package org.cstoatlas.record;

/** How much of a date the record knows: the day, only the month, or only the year. */
public enum Precision { DAY, MONTH, YEAR }
