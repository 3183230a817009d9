package org.cstoatlas.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cstoatlas.ui.tools.SavedView;

/**
 * What the window opens on, from its command line: {@code --date}, {@code --select ISO3|event-id},
 * {@code --compare} and {@code --view FILE.json}. Checked before any window opens; null means "not given".
 */
public record WindowOptions(LocalDate date, String select, LocalDate compare, SavedView view) {

    public static final WindowOptions NONE = new WindowOptions(null, null, null, null);

    static WindowOptions parse(List<String> args) throws UsageException {
        Options o = new Options(args, Set.of("date", "select", "compare", "view"), 0);
        SavedView view = null;
        if (o.get("view") != null) {
            try {
                view = SavedView.read(Path.of(o.get("view")));
            } catch (SavedView.Unreadable e) {
                throw new UsageException("--view: " + e.getMessage());
            }
        }
        String select = o.get("select");
        if (select != null && select.isBlank()) throw new UsageException("--select needs an ISO3 code or an event id");
        return new WindowOptions(o.date("date"), select, o.date("compare"), view);
    }

    /** The options, or null after printing the mistake with the usage to {@code err}. */
    public static WindowOptions read(List<String> args, java.io.PrintStream err) {
        try {
            return parse(args);
        } catch (UsageException e) {
            usageError(e.getMessage(), err);
            return null;
        }
    }

    /** The command line's form of a mistake: what is wrong, then the usage. */
    public static void usageError(String message, java.io.PrintStream err) {
        err.println("error: " + message);
        err.println();
        err.println(CommandLine.USAGE);
    }
}
