package org.cstoatlas.record.time;

import org.cstoatlas.record.Alliance;

/** A country's status in one alliance on a date: a line of "every alliance it belongs to". */
public record Membership(Alliance alliance, StatusAt status) {
}
