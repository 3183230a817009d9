package org.cstoatlas.ui.look;

import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import org.cstoatlas.words.Words;

/**
 * The right-click menu of the atlas's text fields (the search, the date, a lesson's note, a dialog's
 * dates and numbers) in the window's words: JavaFX's own menu (Undo, Cut, Paste, ...) has no Russian and
 * shows English in a Russian window. Given to a field when it is first asked for, so every field of a
 * scene or a dialog has it without each view remembering to.
 */
public final class EditMenu {

    private EditMenu() {
    }

    /** Every text field of the scene gets its menu in these words; the scene's dialogs follow (see {@link Look#follow}). */
    public static void speak(Scene scene, Words words) {
        scene.getProperties().put(EditMenu.class, words);
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> offer(e.getTarget(), words));
    }

    /** Every text field under {@code root} (a dialog's, a second window's) gets its menu in the words of the owner's scene, if it has any. */
    static void follow(Scene owner, Parent root) {
        if (owner.getProperties().get(EditMenu.class) instanceof Words words) {
            root.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> offer(e.getTarget(), words));
        }
    }

    private static void offer(EventTarget target, Words words) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl field) {
                // A field's own menu, if a view gave it one, stays.
                if (field.getContextMenu() == null) field.setContextMenu(menu(field, words));
                return;
            }
        }
    }

    /** Undo, Redo, Cut, Copy, Paste, Delete and Select All, each enabled when it can act, as the toolkit's own menu. */
    public static ContextMenu menu(TextInputControl field, Words words) {
        MenuItem undo = item(words, "edit.undo", field::undo);
        MenuItem redo = item(words, "edit.redo", field::redo);
        MenuItem cut = item(words, "edit.cut", field::cut);
        MenuItem copy = item(words, "edit.copy", field::copy);
        MenuItem paste = item(words, "edit.paste", field::paste);
        MenuItem delete = item(words, "edit.delete", () -> {
            IndexRange r = field.getSelection();
            field.deleteText(r);
        });
        MenuItem all = item(words, "edit.selectAll", field::selectAll);
        ContextMenu menu = new ContextMenu(undo, redo, new SeparatorMenuItem(), cut, copy, paste, delete, new SeparatorMenuItem(), all);
        menu.getStyleClass().add("edit-menu");
        menu.setOnShowing(e -> {
            boolean editable = field.isEditable() && !field.isDisabled();
            boolean selected = field.getSelection().getLength() > 0;
            undo.setDisable(!editable || !field.isUndoable());
            redo.setDisable(!editable || !field.isRedoable());
            cut.setDisable(!editable || !selected);
            copy.setDisable(!selected);
            paste.setDisable(!editable || !Clipboard.getSystemClipboard().hasString());
            delete.setDisable(!editable || !selected);
            all.setDisable(field.getLength() == 0);
        });
        return menu;
    }

    private static MenuItem item(Words words, String key, Runnable action) {
        MenuItem i = new MenuItem(words.get(key));
        i.setOnAction(e -> action.run());
        return i;
    }
}
