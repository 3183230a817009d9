package org.cstoatlas.ui.window;

import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.Search;
import org.cstoatlas.ui.model.Selection;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;

/**
 * The words of a search suggestion in the interface's language: what kind of thing it leads to, its
 * title and what follows it. Apart from the search box, so it is read without a toolkit.
 */
final class SearchSuggestion {

    private SearchSuggestion() {
    }

    static String kindLabel(Search.Kind kind) {
        return Texts.get(switch (kind) {
            case COUNTRY -> "search.kind.country";
            case EVENT -> "search.kind.event";
            case DEPLOYMENT -> "search.kind.deployment";
            case FORCE -> "search.kind.force";
            case EXERCISE -> "search.kind.exercise";
            case BASE -> "search.kind.base";
            case QUOTE -> "search.kind.quote";
        });
    }

    /** A hit's title in the interface's language: what it leads to by name, or the quote's matched words. */
    static String title(Search.Hit hit) {
        return hit.kind() == Search.Kind.QUOTE ? hit.title() : nameOf(hit);
    }

    /**
     * What a hit leads to (a country, event, deployment, force, exercise or base) by its name in the
     * interface's language (the record's Russian where it has it).
     */
    private static String nameOf(Search.Hit hit) {
        return Selection.of(hit).title(Texts.language());
    }

    /** What follows the title: the country's other name, or dates in the interface's language. */
    static String detail(Search.Hit hit) {
        Selection s = Selection.of(hit);
        if (hit.kind() == Search.Kind.QUOTE) return Texts.format(hit.leadsTo() == Search.Kind.COUNTRY ? "search.quoteAbout" : "search.quoteIn", nameOf(hit));
        return s.match(new Selection.Cases<String>() {
            public String country(Country c) {
                return Texts.russian() ? c.name() : c.nameRu();
            }

            public String event(org.cstoatlas.record.Event e) {
                return (e.alliance().subject() ? "" : Texts.shortName(e.alliance()) + " · ") + Formats.date(e.date());
            }

            public String deployment(Deployment d) {
                return Formats.date(d.start()) + " – " + Formats.date(d.end());
            }

            public String force(Force f) {
                return Texts.format("search.forceDetail", Formats.dateAfterPreposition(f.created()), f.base().name(Texts.language()));
            }

            public String exercise(org.cstoatlas.record.Exercise x) {
                return Formats.date(x.start()) + " – " + Formats.date(x.end()) + ", " + x.place().name(Texts.language());
            }

            public String base(org.cstoatlas.record.Base b) {
                return Texts.format("search.forceDetail", Formats.dateAfterPreposition(b.from()), b.place().name(Texts.language()));
            }
        });
    }

}
