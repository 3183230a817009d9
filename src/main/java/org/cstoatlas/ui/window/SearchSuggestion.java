package org.cstoatlas.ui.window;

import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.Search;
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
        return hit.kind() == Search.Kind.QUOTE ? hit.title() : nameOf(hit.target(), hit.title());
    }

    /**
     * A country, event, deployment, force, exercise or base by its name in the interface's language (the
     * record's Russian where it has it).
     */
    private static String nameOf(Object target, String otherwise) {
        if (target instanceof Country c) return Texts.name(c);
        if (target instanceof org.cstoatlas.record.Event e) return e.title(Texts.language());
        if (target instanceof Deployment d) return d.name(Texts.language());
        if (target instanceof Force f) return f.name(Texts.language());
        if (target instanceof org.cstoatlas.record.Exercise x) return x.name(Texts.language());
        if (target instanceof org.cstoatlas.record.Base b) return b.name(Texts.language());
        return otherwise;
    }

    /** What follows the title: the country's other name, or dates in the interface's language. */
    static String detail(Search.Hit hit) {
        Object t = hit.target();
        if (hit.kind() == Search.Kind.QUOTE) return Texts.format(t instanceof Country ? "search.quoteAbout" : "search.quoteIn", nameOf(t, hit.detail()));
        if (t instanceof Country c) return Texts.russian() ? c.name() : c.nameRu();
        if (t instanceof org.cstoatlas.record.Event e) return (e.alliance().subject() ? "" : Texts.shortName(e.alliance()) + " · ") + Formats.date(e.date());
        if (t instanceof Deployment d) return Formats.date(d.start()) + " – " + Formats.date(d.end());
        if (t instanceof Force f) return Texts.format("search.forceDetail", Formats.dateAfterPreposition(f.created()), f.base().name(Texts.language()));
        if (t instanceof org.cstoatlas.record.Exercise x) return Formats.date(x.start()) + " – " + Formats.date(x.end()) + ", " + x.place().name(Texts.language());
        if (t instanceof org.cstoatlas.record.Base b) return Texts.format("search.forceDetail", Formats.dateAfterPreposition(b.from()), b.place().name(Texts.language()));
        return hit.detail();
    }

}
