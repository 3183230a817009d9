package org.cstoatlas.ui.model;

import javafx.css.PseudoClass;

/**
 * How the map outlines a country the quiz is about: picked by the student while the question is open;
 * once answered, picked rightly, picked wrongly, or missed. Each is a CSS pseudo-class of a country
 * ({@code :quiz-picked}, ...), so the theme gives its colour.
 */
public enum Outline {
    PICKED("quiz-picked"), RIGHT("quiz-right"), WRONG("quiz-wrong"), MISSED("quiz-missed");

    private final PseudoClass pseudoClass;

    Outline(String name) {
        this.pseudoClass = PseudoClass.getPseudoClass(name);
    }

    public PseudoClass pseudoClass() {
        return pseudoClass;
    }
}
