package org.cstoatlas.ui.window;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.cstoatlas.record.Language;
import org.cstoatlas.state.TextScale;
import org.cstoatlas.state.Theme;
import org.cstoatlas.ui.model.AtlasViewModel;
import org.cstoatlas.words.Words;

/** The main window's menus, in the view model's language: each item runs a command of the view model or the window's actions. */
final class AtlasMenus {

    private AtlasMenus() {
    }

    /** The window's menu bar; {@code showTable}, {@code showEurasia} and {@code goToDate} are the window's own commands. */
    static MenuBar of(AtlasViewModel vm, WindowActions actions, Runnable showTable, Runnable showEurasia, Runnable goToDate) {
        Words words = vm.words();
        CheckMenuItem showBrowse = new CheckMenuItem(words.get("menu.view.browse"));
        showBrowse.selectedProperty().bindBidirectional(vm.browseShownProperty());
        MenuItem quit = item(words, "menu.file.quit", null, "Shortcut+Q", actions::quit);
        MenuItem evidence = item(words, "menu.file.exportEvidence", "export-evidence", null, actions::exportEvidence);
        Menu file = new Menu(words.get("menu.file"), null,
                item(words, "menu.file.exportPng", "export-png", "Shortcut+E", actions::exportMap),
                item(words, "menu.file.exportAnimation", "export-animation", null, actions::exportAnimation),
                item(words, "menu.file.exportChart", "export-chart", null, actions::exportChart),
                item(words, "menu.file.exportCsv", "export-csv", null, actions::exportStatus),
                evidence, new Menu(words.get("menu.file.share"), null, item(words, "menu.file.shareWeb", "share-web", null, actions::shareWebPage)),
                new SeparatorMenuItem(),
                item(words, "menu.file.saveView", "save-view", "Shortcut+S", actions::saveView),
                item(words, "menu.file.openView", "open-view", "Shortcut+O", actions::openView), new SeparatorMenuItem(),
                item(words, "menu.file.openDataset", "open-dataset", null, actions::openDataset),
                item(words, "menu.file.reloadBundled", "reload-bundled", null, actions::reloadBundled), new SeparatorMenuItem(),
                quit);

        showBrowse.setAccelerator(KeyCombination.keyCombination("Shortcut+B"));
        CheckMenuItem present = new CheckMenuItem(words.get("menu.view.presentation"));
        present.setAccelerator(new javafx.scene.input.KeyCodeCombination(KeyCode.F11));
        present.selectedProperty().bindBidirectional(vm.presentingProperty());
        Menu theme = new Menu(words.get("menu.view.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(words.get(switch (t) {
                case LIGHT -> "menu.view.theme.light";
                case DARK -> "menu.view.theme.dark";
                case HIGH_CONTRAST -> "menu.view.theme.highContrast";
            }));
            item.setToggleGroup(themes);
            item.setSelected(t == vm.themeProperty().get());
            item.setOnAction(e -> vm.themeProperty().set(t));
            vm.themeProperty().addListener((obs, o, n) -> item.setSelected(t == n));
            theme.getItems().add(item);
        }
        Menu size = new Menu(words.get("menu.view.textSize"));
        ToggleGroup sizes = new ToggleGroup();
        for (int percent : TextScale.menuPercents()) {
            double scale = percent / 100.0;
            RadioMenuItem item = new RadioMenuItem(words.format("menu.view.textSize.percent", percent));
            item.setToggleGroup(sizes);
            item.setSelected(Math.abs(vm.textScaleProperty().get() - scale) < 0.01);
            item.setOnAction(e -> vm.textScaleProperty().set(scale));
            vm.textScaleProperty().addListener((obs, o, n) -> item.setSelected(Math.abs(n.doubleValue() - scale) < 0.01));
            size.getItems().add(item);
        }
        CheckMenuItem showDetail = new CheckMenuItem(words.get("menu.view.detail"));
        showDetail.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        showDetail.selectedProperty().bindBidirectional(vm.detailShownProperty());
        Menu view = new Menu(words.get("menu.view"), null, present, new SeparatorMenuItem(), theme, size,
                item(words, "menu.view.larger", null, "Shortcut+Plus", vm::largerText), item(words, "menu.view.smaller", null, "Shortcut+Minus", vm::smallerText),
                languages(vm, actions), new SeparatorMenuItem(), showBrowse, item(words, "menu.view.table", "show-table", "Shortcut+T", showTable),
                showDetail, legendItem(vm), new SeparatorMenuItem(),
                item(words, "menu.view.goToDate", "go-to-date-item", "Shortcut+G", goToDate), item(words, "menu.view.eurasia", null, null, showEurasia), item(words, "menu.view.clear", null, null, vm::clearSelection));

        MenuItem keys = item(words, "menu.help.keys", null, null, () -> actions.inform(words.get("menu.help.keys"), words.get("keys.text")));
        MenuItem about = item(words, "menu.help.about", null, null, () -> actions.inform(words.get("about.title"), about(vm)));
        Menu help = new Menu(words.get("menu.help"), null, keys, about);
        MenuBar bar = new MenuBar(file, view, ClassroomMenu.of(vm, actions), help);
        bar.setId("menu-bar");
        return bar;
    }

    /** The bar over the window: the menus, then the search box. */
    static javafx.scene.layout.HBox topBar(MenuBar menus, SearchField search) {
        // The menus' names are never cut short ("F...", "Vi..." at 1024 px and 175 %): the search box gives way.
        menus.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        search.setMinWidth(80);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(menus, search);
        javafx.scene.layout.HBox.setHgrow(menus, javafx.scene.layout.Priority.ALWAYS);
        top.getStyleClass().add("top-bar");
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return top;
    }

    private static MenuItem item(Words words, String textKey, String id, String keys, Runnable action) {
        MenuItem i = new MenuItem(words.get(textKey));
        if (id != null) i.setId(id);
        if (keys != null) i.setAccelerator(KeyCombination.keyCombination(keys));
        i.setOnAction(e -> action.run());
        return i;
    }

    /** View ▸ Language: each language named in itself; choosing one asks for the window in it. */
    private static Menu languages(AtlasViewModel vm, WindowActions actions) {
        Words words = vm.words();
        Menu menu = new Menu(words.get("menu.view.language"));
        menu.setId("language-menu");
        ToggleGroup group = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.ownName());
            item.setId("language-" + language.id());
            item.setToggleGroup(group);
            item.setSelected(language == vm.languageProperty().get());
            item.setOnAction(e -> actions.speak(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static String about(AtlasViewModel vm) {
        Words words = vm.words();
        StringBuilder s = new StringBuilder(org.cstoatlas.Bundled.release().map(v -> words.format("about.version", v)).orElse(words.get("about.development"))).append("\n\n");
        s.append(words.get("about.intro")).append('\n');
        vm.record().sources().forEach(src -> s.append("• ").append(src.citation(words.language())).append('\n'));
        s.append('\n').append(words.get("about.credits"));
        return s.toString();
    }

    private static MenuItem legendItem(AtlasViewModel vm) {
        Words words = vm.words();
        CheckMenuItem item = new CheckMenuItem(words.get("menu.view.legend"));
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        item.selectedProperty().bindBidirectional(vm.legendShownProperty());
        return item;
    }
}
