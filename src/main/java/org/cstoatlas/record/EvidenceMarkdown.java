package org.cstoatlas.record;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An entry of the record with everything that supports it, as Markdown with full citations: quotes
 * verbatim in block quotes with the source's title, publisher, author and date; references with title,
 * publisher, date, URL and confidence; disagreements with every version. A reader is never shown the
 * dataset's own ids (a file number, a reference's key): they name nothing outside the dataset.
 */
public final class EvidenceMarkdown {

    private final AllianceRecord record;
    private final StringBuilder md = new StringBuilder();

    private EvidenceMarkdown(AllianceRecord record) {
        this.record = record;
    }

    public static String of(AllianceRecord record, Country c) {
        EvidenceMarkdown m = new EvidenceMarkdown(record);
        m.title(c.name() + " (" + c.iso() + ")", c.nameRu());
        List<StatusPeriod> periods = record.history(c);
        if (!periods.isEmpty()) m.line("## History");
        for (StatusPeriod p : periods) {
            m.line("### " + p.status().label() + " of " + p.body().title() + ": " + p.start().display() + " – "
                    + (p.end() == null ? "today" : p.end().display()));
            if (p.note() != null) m.line(p.note());
            m.disagreements(record.disagreementsAbout(Disagreement.Kind.PERIOD, p.id()));
            m.evidence(p.evidence());
        }
        List<Disagreement> about = record.disagreementsAbout(Disagreement.Kind.COUNTRY, c.iso());
        if (!about.isEmpty()) m.line("## Where sources disagree");
        m.disagreements(about);
        List<Event> events = record.eventsOf(c);
        if (!events.isEmpty()) m.line("## Events");
        for (Event e : events) m.event(e, "###");
        return m.finish();
    }

    public static String of(AllianceRecord record, Event e) {
        EvidenceMarkdown m = new EvidenceMarkdown(record);
        m.title(e.title(), e.date().display() + " · " + e.kind().id());
        m.event(e, "##");
        return m.finish();
    }

    public static String of(AllianceRecord record, Deployment d) {
        EvidenceMarkdown m = new EvidenceMarkdown(record);
        m.title(d.name(), d.start().display() + " – " + d.end().display() + " · in " + d.target().name());
        m.disagreements(record.disagreementsAbout(Disagreement.Kind.DEPLOYMENT, d.id()));
        m.line("## Evidence");
        m.evidence(d.evidence());
        for (Deployment.Phase p : d.phases()) {
            m.line("### " + p.date().display() + ": " + p.label());
            m.evidence(p.evidence());
        }
        for (Deployment.Contingent c : d.contingents()) {
            m.line("### " + c.country().name() + ": " + (c.size() == null ? "size not given by any source" : c.size().display()));
            m.evidence(c.evidence());
        }
        for (Deployment.Total t : d.totals()) {
            m.line("### " + t.label() + ": " + t.size().display());
            m.evidence(t.evidence());
        }
        return m.finish();
    }

    public static String of(AllianceRecord record, Force f) {
        EvidenceMarkdown m = new EvidenceMarkdown(record);
        m.title(f.name(), "From " + f.created().display() + (f.ended() == null ? "" : " to " + f.ended().display()) + " · " + f.base().name());
        if (f.note() != null) m.line(f.note());
        m.disagreements(record.disagreementsAbout(Disagreement.Kind.FORCE, f.id()));
        m.line("## Evidence");
        m.evidence(f.evidence());
        return m.finish();
    }

    public static String of(AllianceRecord record, Exercise x) {
        EvidenceMarkdown m = new EvidenceMarkdown(record);
        m.title(x.name(), x.start().display() + " – " + x.end().display() + " · " + x.place().name());
        if (!x.participants().isEmpty()) m.line("Participants: " + x.participants().stream().map(Country::name).collect(Collectors.joining(", ")) + ".");
        if (x.size() != null) m.line("Size: " + x.size().display() + ".");
        if (x.note() != null) m.line(x.note());
        m.line("## Evidence");
        m.evidence(x.evidence());
        return m.finish();
    }

    public static String of(AllianceRecord record, Base b) {
        EvidenceMarkdown m = new EvidenceMarkdown(record);
        m.title(b.name(), b.operator().name() + " · " + b.place().name() + ", " + b.host().name() + " · from " + b.from().display()
                + (b.closed() == null ? "" : " to " + b.closed().display()));
        if (b.note() != null) m.line(b.note());
        m.line("## Evidence");
        m.evidence(b.evidence());
        for (Base.Attestation a : b.attested()) {
            m.line("### Attested " + a.date().display() + (a.size() == null ? "" : ": " + a.size().display()));
            if (a.note() != null) m.line(a.note());
            m.evidence(a.evidence());
        }
        return m.finish();
    }

    // ---- building blocks ----

    private void title(String title, String subtitle) {
        line("# " + title);
        if (subtitle != null && !subtitle.isBlank()) line("*" + subtitle + "*");
    }

    private void event(Event e, String level) {
        line(level + " " + e.date().display() + ": " + e.title());
        if (!e.countries().isEmpty()) line("Involves: " + e.countries().stream().map(Country::name).collect(Collectors.joining(", ")) + ".");
        if (e.note() != null) line(e.note());
        disagreements(record.disagreementsAbout(Disagreement.Kind.EVENT, e.id()));
        evidence(e.evidence());
    }

    private void disagreements(List<Disagreement> list) {
        for (Disagreement d : list) {
            line("**Sources disagree: " + d.topic() + "**");
            int n = 1;
            for (Disagreement.Version v : d.versions()) {
                line("*Version " + n++ + ":* " + v.says());
                evidence(v.evidence());
            }
            line("On the map: " + d.shown() + "  \nWhy: " + d.why());
        }
    }

    private void evidence(List<Evidence> evidence) {
        for (Evidence e : evidence) {
            if (e instanceof Quote q) {
                // Verbatim: every line of the quote stays as the source has it, inside the block quote.
                md.append("> “").append(q.text().replace("\r\n", "\n").replace("\n", "\n> ")).append("”\n>\n");
                md.append("> — ").append(q.source().citation()).append("\n\n");
            } else if (e instanceof Citation c) {
                Reference r = c.reference();
                md.append("Reference: ").append(c.says()).append("  \n— *").append(r.title()).append("*");
                if (r.publisher() != null && !r.publisher().isBlank()) md.append(", ").append(r.publisher());
                if (r.date() != null && !r.date().isBlank()) md.append(", ").append(r.date());
                if (r.url() != null && !r.url().isBlank()) md.append(", <").append(r.url()).append(">");
                md.append(" · confidence: ").append(r.confidence().id()).append("\n\n");
            }
            if (e.note() != null) line("Editor's note: " + e.note());
        }
    }

    private void line(String text) {
        md.append(text).append("\n\n");
    }

    private String finish() {
        return md.toString().stripTrailing() + "\n";
    }
}
