package org.cstoatlas.words;

import java.util.List;
import java.util.stream.Collectors;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Base;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.Deployment;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Event;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Exercise;
import org.cstoatlas.record.Force;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.record.Language;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.Reference;
import org.cstoatlas.record.Size;
import org.cstoatlas.record.StatusPeriod;

/**
 * An entry of the record with everything that supports it, as Markdown with full citations, in the
 * language of the words it is given: the headings and labels from those words, the record's own texts
 * (titles, notes, summaries, versions) in that language where the record has them. Quotes stay verbatim
 * in block quotes with the source's title, publisher, author and date; references keep their own title,
 * publisher, date, URL and confidence; disagreements show every version. A reader is never shown the
 * dataset's own ids (a file number, a reference's key): they name nothing outside the dataset.
 */
public final class EvidenceMarkdown {

    private final AllianceRecord record;
    private final Words w;
    private final Language lang;
    private final StringBuilder md = new StringBuilder();

    private EvidenceMarkdown(AllianceRecord record, Words words) {
        this.record = record;
        this.w = words;
        this.lang = words.language();
    }

    public static String of(AllianceRecord record, Country c, Words words) {
        EvidenceMarkdown m = new EvidenceMarkdown(record, words);
        // The English export names the country in Russian too; the Russian one needs no English name.
        m.title(c.name(m.lang) + " (" + c.iso() + ")", m.lang == Language.RU ? null : c.nameRu());
        List<StatusPeriod> periods = record.history(c);
        if (!periods.isEmpty()) m.line("## " + m.w.get("md.history"));
        for (StatusPeriod p : periods) {
            String body = m.lang.pick(p.body().title(), p.body().titleRu());
            m.line("### " + m.w.format("md.period", m.w.get("md.status." + p.status().id()), body, m.w.date(p.start()),
                    p.end() == null ? m.w.get("md.today") : m.w.date(p.end())));
            if (p.note() != null) m.line(p.note(m.lang));
            m.disagreements(record.disagreementsAbout(Disagreement.Kind.PERIOD, p.id()));
            m.evidence(p.evidence());
        }
        List<Disagreement> about = record.disagreementsAbout(Disagreement.Kind.COUNTRY, c.iso());
        if (!about.isEmpty()) m.line("## " + m.w.get("md.disagree"));
        m.disagreements(about);
        List<Event> events = record.eventsOf(c);
        if (!events.isEmpty()) m.line("## " + m.w.get("md.events"));
        for (Event e : events) m.event(e, "###");
        return m.finish();
    }

    public static String of(AllianceRecord record, Event e, Words words) {
        EvidenceMarkdown m = new EvidenceMarkdown(record, words);
        String kind = m.w.has("kind." + e.kind().id()) ? m.w.get("kind." + e.kind().id()) : e.kind().id();
        m.title(e.title(m.lang), m.w.date(e.date()) + " · " + kind);
        m.event(e, "##");
        return m.finish();
    }

    public static String of(AllianceRecord record, Deployment d, Words words) {
        EvidenceMarkdown m = new EvidenceMarkdown(record, words);
        m.title(d.name(m.lang), m.span(d.start(), d.end()) + " · " + m.w.format("md.target", d.target().name(m.lang)));
        m.disagreements(record.disagreementsAbout(Disagreement.Kind.DEPLOYMENT, d.id()));
        m.line("## " + m.w.get("md.evidence"));
        m.evidence(d.evidence());
        for (Deployment.Phase p : d.phases()) {
            m.line("### " + m.w.date(p.date()) + ": " + p.label(m.lang));
            m.evidence(p.evidence());
        }
        for (Deployment.Contingent c : d.contingents()) {
            m.line("### " + c.country().name(m.lang) + ": " + (c.size() == null ? m.w.get("md.sizeUnknown") : m.size(c.size())));
            m.evidence(c.evidence());
        }
        for (Deployment.Total t : d.totals()) {
            m.line("### " + t.label(m.lang) + ": " + m.size(t.size()));
            m.evidence(t.evidence());
        }
        return m.finish();
    }

    public static String of(AllianceRecord record, Force f, Words words) {
        EvidenceMarkdown m = new EvidenceMarkdown(record, words);
        String when = m.w.format("md.From", m.w.dateAfterPreposition(f.created()))
                + (f.ended() == null ? "" : " " + m.w.format("md.to", m.w.dateAfterPreposition(f.ended())));
        m.title(f.name(m.lang), when + " · " + f.base().name(m.lang));
        if (f.note() != null) m.line(f.note(m.lang));
        m.disagreements(record.disagreementsAbout(Disagreement.Kind.FORCE, f.id()));
        m.line("## " + m.w.get("md.evidence"));
        m.evidence(f.evidence());
        return m.finish();
    }

    public static String of(AllianceRecord record, Exercise x, Words words) {
        EvidenceMarkdown m = new EvidenceMarkdown(record, words);
        m.title(x.name(m.lang), m.span(x.start(), x.end()) + " · " + x.place().name(m.lang));
        if (!x.participants().isEmpty()) {
            m.line(m.w.format("md.participants", x.participants().stream().map(c -> c.name(m.lang)).collect(Collectors.joining(", "))));
        }
        if (x.size() != null) m.line(m.w.format("md.size", m.size(x.size())));
        if (x.note() != null) m.line(x.note(m.lang));
        m.line("## " + m.w.get("md.evidence"));
        m.evidence(x.evidence());
        return m.finish();
    }

    public static String of(AllianceRecord record, Base b, Words words) {
        EvidenceMarkdown m = new EvidenceMarkdown(record, words);
        String when = m.w.format("md.from", m.w.dateAfterPreposition(b.from()))
                + (b.closed() == null ? "" : " " + m.w.format("md.to", m.w.dateAfterPreposition(b.closed())));
        m.title(b.name(m.lang), b.operator().name(m.lang) + " · " + b.place().name(m.lang) + ", " + b.host().name(m.lang) + " · " + when);
        if (b.note() != null) m.line(b.note(m.lang));
        m.line("## " + m.w.get("md.evidence"));
        m.evidence(b.evidence());
        for (Base.Attestation a : b.attested()) {
            m.line("### " + m.w.format("md.attested", m.w.date(a.date())) + (a.size() == null ? "" : ": " + m.size(a.size())));
            if (a.note() != null) m.line(a.note(m.lang));
            m.evidence(a.evidence());
        }
        return m.finish();
    }

    // ---- building blocks ----

    private String span(FuzzyDate start, FuzzyDate end) {
        return w.date(start) + " – " + w.date(end);
    }

    private String size(Size s) {
        return w.size(s);
    }

    private void title(String title, String subtitle) {
        line("# " + title);
        if (subtitle != null && !subtitle.isBlank()) line("*" + subtitle + "*");
    }

    private void event(Event e, String level) {
        line(level + " " + w.date(e.date()) + ": " + e.title(lang));
        if (!e.countries().isEmpty()) {
            line(w.format("md.involves", e.countries().stream().map(c -> c.name(lang)).collect(Collectors.joining(", "))));
        }
        if (e.note() != null) line(e.note(lang));
        disagreements(record.disagreementsAbout(Disagreement.Kind.EVENT, e.id()));
        evidence(e.evidence());
    }

    private void disagreements(List<Disagreement> list) {
        for (Disagreement d : list) {
            line("**" + w.format("md.sourcesDisagree", d.topic(lang)) + "**");
            int n = 1;
            for (Disagreement.Version v : d.versions()) {
                line("*" + w.format("md.version", n++) + "* " + v.says(lang));
                evidence(v.evidence());
            }
            line(w.format("md.onTheMap", d.shown(lang)) + "  \n" + w.format("md.why", d.why(lang)));
        }
    }

    private void evidence(List<Evidence> evidence) {
        for (Evidence e : evidence) {
            if (e instanceof Quote q) {
                // Verbatim: every line of the quote stays as the source has it, inside the block quote.
                md.append("> “").append(q.text().replace("\r\n", "\n").replace("\n", "\n> ")).append("”\n>\n");
                md.append("> — ").append(q.source().citation(lang)).append("\n\n");
            } else if (e instanceof Citation c) {
                Reference r = c.reference();
                md.append(w.format("md.reference", c.says(lang))).append("  \n— *").append(r.title(lang)).append("*");
                if (r.publisher() != null && !r.publisher().isBlank()) md.append(", ").append(r.publisher(lang));
                if (r.date() != null && !r.date().isBlank()) md.append(", ").append(r.date());
                if (r.url() != null && !r.url().isBlank()) md.append(", <").append(r.url()).append(">");
                md.append(" · ").append(w.format("md.confidence", w.get("md.confidence." + r.confidence().id()))).append("\n\n");
                if (r.note() != null) line(w.format("evidence.referenceNote", r.note(lang)));
            }
            if (e.note() != null) line(w.format("evidence.editorsNote", e.note(lang)));
        }
    }

    private void line(String text) {
        md.append(text).append("\n\n");
    }

    private String finish() {
        return md.toString().stripTrailing() + "\n";
    }
}
