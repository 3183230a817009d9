package org.cstoatlas.state;

import org.cstoatlas.record.Word;

/** How play runs, as a teacher chooses it: through time, or event by event with a rest on each. */
public enum PlaySpeed implements Word {
    MONTH(30.44, 0), YEAR(365.25, 0), FIVE_YEARS(5 * 365.25, 0), EVENTS(0, 5), EVENTS_SLOW(0, 10);

    private final double daysPerSecond;
    private final double eventPause;

    PlaySpeed(double daysPerSecond, double eventPause) {
        this.daysPerSecond = daysPerSecond;
        this.eventPause = eventPause;
    }

    /** Days of the record per second of play (0 when playing event by event). */
    public double daysPerSecond() {
        return daysPerSecond;
    }

    /** Seconds of rest on each event; 0 plays continuously. */
    public double eventPause() {
        return eventPause;
    }

    public boolean byEvent() {
        return eventPause > 0;
    }

    public static PlaySpeed of(String id) {
        return Word.parse(PlaySpeed.class, id, "a play speed");
    }
}
