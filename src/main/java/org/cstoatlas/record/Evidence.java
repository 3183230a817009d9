package org.cstoatlas.record;

/** What supports a fact: a verbatim {@link Quote} from a source, or a {@link Citation} of a reference. */
public sealed interface Evidence permits Quote, Citation {

    /** The editor's word on how the evidence was read (e.g. how a relative date was resolved), or null. */
    String note();

    /** The same note in Russian, or null. */
    String noteRu();

    /** Who published it, as a reader would name it: the source's or the reference's publisher. */
    String publisher();

    /** Where it comes from, one word per source or reference ("source:…", "reference:…"): two quotes of one source count once. */
    String origin();

    /** The editor's note in the language (English where no Russian is given), or null. */
    default String note(Language language) {
        return language.pick(note(), noteRu());
    }
}
