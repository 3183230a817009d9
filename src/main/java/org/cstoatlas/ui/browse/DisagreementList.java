package org.cstoatlas.ui.browse;

import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cstoatlas.record.AllianceRecord;
import org.cstoatlas.record.Disagreement;
import org.cstoatlas.ui.look.Texts;
import org.cstoatlas.ui.model.AtlasViewModel;

/** Every fact on which the sources disagree, for a class to discuss; choosing one shows its versions. */
public final class DisagreementList extends VBox {

    public DisagreementList(AtlasViewModel vm) {
        getStyleClass().add("disagreement-list");
        Label intro = new Label(Texts.get("browse.disputes.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("browse-intro");
        ListView<Disagreement> list = new ListView<>(FXCollections.observableArrayList(vm.record().disagreements()));
        list.setId("disagreement-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Disagreement d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setGraphic(null);
                    return;
                }
                Label topic = new Label("⚑ " + d.topic(Texts.language()));
                topic.getStyleClass().add("disagreement-topic");
                topic.setWrapText(true);
                Label versions = new Label(Texts.format("browse.disputes.versions", d.versions().size(), subjectTitle(vm.record(), d)));
                versions.getStyleClass().add("event-date");
                VBox box = new VBox(2, topic, versions);
                box.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                setGraphic(box);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, d) -> {
            if (d != null) show(vm, d);
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(intro, list);
    }

    static String subjectTitle(AllianceRecord r, Disagreement d) {
        String id = d.subject().id();
        return switch (d.subject().kind()) {
            case COUNTRY -> r.country(id).map(Texts::name).orElse(id);
            case PERIOD -> r.periods().stream().filter(p -> p.id().equals(id)).findFirst().map(p -> Texts.name(p.country())).orElse(id);
            case EVENT -> r.event(id).map(e -> e.title(Texts.language())).orElse(id);
            case DEPLOYMENT -> r.deployments().stream().filter(x -> x.id().equals(id)).findFirst().map(x -> x.name(Texts.language())).orElse(id);
            case FORCE -> r.forces().stream().filter(x -> x.id().equals(id)).findFirst().map(x -> x.name(Texts.language())).orElse(id);
        };
    }

    /** Selects what the disagreement is about: the detail pane shows its versions there. */
    static void show(AtlasViewModel vm, Disagreement d) {
        var r = vm.record();
        String id = d.subject().id();
        switch (d.subject().kind()) {
            case COUNTRY -> r.country(id).ifPresent(vm::selectCountry);
            case PERIOD -> r.periods().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(p -> vm.selectCountry(p.country()));
            case EVENT -> r.event(id).ifPresent(vm::selectEvent);
            case DEPLOYMENT -> r.deployments().stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(vm::selectDeployment);
            case FORCE -> r.forces().stream().filter(x -> x.id().equals(id)).findFirst().ifPresent(vm::selectForce);
        }
    }
}
