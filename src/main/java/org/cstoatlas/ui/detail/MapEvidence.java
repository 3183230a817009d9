package org.cstoatlas.ui.detail;

import java.util.List;
import org.cstoatlas.record.Alliance;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Citation;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.record.Evidence;
import org.cstoatlas.record.Quote;
import org.cstoatlas.record.Status;
import org.cstoatlas.record.time.StatusAt;
import org.cstoatlas.record.time.StatusTable;
import org.cstoatlas.ui.look.StatusStyle;
import org.cstoatlas.words.Words;

/**
 * The evidence of what the map shows when nothing is selected (File ▸ Export evidence), as Markdown in
 * the view's words: for each side (the alliance on the date; two alliances, or two dates, both), every
 * country standing in the alliance with its status and the quotes, references and disagreements behind
 * it. For a reader: sources by title, outlet and date, never by the dataset's file names or ids.
 */
public final class MapEvidence {

    private final AllianceRecord record;
    private final Words w;
    private final StringBuilder md = new StringBuilder();

    private MapEvidence(AllianceRecord record, Words w) {
        this.record = record;
        this.w = w;
    }

    /** The evidence of the sides the map shows (see {@code AtlasViewModel.sides()}). */
    public static String of(AllianceRecord record, List<StatusTable.Side> sides, Words w) {
        MapEvidence m = new MapEvidence(record, w);
        m.line("# " + String.join(" · ", sides.stream().map(m::heading).toList()));
        m.line("*" + w.get("evidence.map.intro") + "*");
        for (StatusTable.Side side : sides) m.side(side, sides.size() > 1);
        return m.md.toString().stripTrailing() + "\n";
    }

    /** "CSTO on 1 June 2024", "ОДКБ на 1 июня 2024". */
    private String heading(StatusTable.Side side) {
        return w.format("evidence.map.side", w.shortName(alliance(side)), w.day(side.date()));
    }

    private Alliance alliance(StatusTable.Side side) {
        return record.alliance(side.alliance()).orElseThrow();
    }

    private void side(StatusTable.Side side, boolean oneOfSeveral) {
        Alliance a = alliance(side);
        String level = oneOfSeveral ? "###" : "##";
        if (oneOfSeveral) line("## " + heading(side) + " — " + w.fullName(a));
        // What the map colours: every standing but none (a former member keeps its colour).
        List<StatusAt> standing = side.statuses().all().stream().filter(s -> s.status() != Status.NONE && s.period() != null).toList();
        if (standing.isEmpty()) line(w.format("evidence.map.nobody", w.shortName(a)));
        for (StatusAt s : standing) {
            line(level + " " + w.name(s.country()) + ": " + StatusStyle.describe(s, a, w));
            String note = s.period().note(w.language());
            if (note != null && !note.isBlank()) line(note);
            disagreements(record.disagreementsAbout(Disagreement.Kind.PERIOD, s.period().id()));
            evidence(s.period().evidence());
        }
    }

    private void disagreements(List<Disagreement> list) {
        for (Disagreement d : list) {
            line("**" + w.get("disagreement.flag") + ": " + d.topic(w.language()) + "**");
            for (Disagreement.Version v : d.versions()) {
                line("- " + v.says(w.language()));
                evidence(v.evidence());
            }
            line(w.format("disagreement.shown", d.shown(w.language())) + "  \n" + w.format("disagreement.why", d.why(w.language())));
        }
    }

    private void evidence(List<Evidence> evidence) {
        for (Evidence e : evidence) {
            if (e instanceof Quote q) {
                // Verbatim: every line of the quote as the source has it, inside the block quote.
                line("> “" + q.text().strip().replace("\r\n", "\n").replace("\n", "\n> ") + "”\n>\n> — " + q.source().citation(w.language()));
            } else if (e instanceof Citation c) {
                line(w.format("evidence.reference", w.get("evidence.confidence." + c.reference().confidence().id())) + ": " + c.says(w.language())
                        + "  \n— " + c.reference().citation(w.language()));
            }
            String note = e.note(w.language());
            if (note != null && !note.isBlank()) line(w.format("evidence.editorsNote", note));
        }
    }

    private void line(String text) {
        md.append(text).append("\n\n");
    }
}
