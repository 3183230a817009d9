package org.cstoatlas.record;

import java.text.NumberFormat;
import java.util.Locale;

/** A head count or a number of things, as the evidence gives it. */
public record Size(int value, boolean approximate, String unit) implements java.io.Serializable {

    /** "about 2,500 personnel". */
    public String display() {
        String number = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
        return (approximate ? "about " : "") + number + " " + unit;
    }
}
