package org.cstoatlas.ui.quiz;

import java.util.Comparator;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cstoatlas.record.Country;
import org.cstoatlas.record.FuzzyDate;
import org.cstoatlas.ui.look.Formats;
import org.cstoatlas.ui.look.Texts;

/**
 * The quiz over the map: the question, what has been picked, Answer and Next, then right or wrong with
 * the evidence, and the score. The map and the timeline take the answer; the view model marks it.
 */
public final class QuizPane extends VBox {

    public QuizPane(QuizViewModel quiz) {
        getStyleClass().add("quiz-pane");
        setId("quiz-pane");
        Label score = new Label();
        score.setId("quiz-score");
        score.getStyleClass().add("quiz-score");
        score.textProperty().bind(Bindings.createStringBinding(() -> Texts.format("quiz.score", quiz.scoreProperty().get(),
                Math.min(quiz.numberProperty().get() + 1, quiz.size()), quiz.size()),
                quiz.scoreProperty(), quiz.numberProperty(), quiz.markedProperty(), quiz.questionProperty()));
        Label question = new Label();
        question.setId("quiz-question");
        question.getStyleClass().add("quiz-question");
        question.setWrapText(true);
        question.textProperty().bind(Bindings.createStringBinding(() -> ask(quiz), quiz.questionProperty(), quiz.runningProperty()));
        Label picked = new Label();
        picked.setId("quiz-picked");
        picked.setWrapText(true);
        picked.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!quiz.clicking()) return "";
            return quiz.picked().isEmpty() ? Texts.get("quiz.pickHint")
                    : Texts.format("quiz.picked", quiz.picked().stream().map(Texts::name).sorted().collect(Collectors.joining(", ")));
        }, quiz.picked(), quiz.markedProperty(), quiz.questionProperty()));
        Label verdict = new Label();
        verdict.setId("quiz-verdict");
        verdict.setWrapText(true);
        Label evidence = new Label();
        evidence.setId("quiz-evidence");
        evidence.getStyleClass().add("quiz-evidence");
        evidence.setWrapText(true);
        quiz.markedProperty().addListener((obs, o, m) -> {
            verdict.getStyleClass().removeAll("quiz-right", "quiz-wrong");
            if (m == null) {
                verdict.setText("");
                evidence.setText("");
                return;
            }
            verdict.getStyleClass().add(m.right() ? "quiz-right" : "quiz-wrong");
            StringBuilder s = new StringBuilder(Texts.get(m.right() ? "quiz.right" : "quiz.wrong"));
            if (m.yearGiven() != null && !m.right()) s.append(' ').append(Texts.format("quiz.yearWas", Integer.toString(((Question.JoinYear) quiz.questionProperty().get()).year()), Integer.toString(m.yearGiven())));
            if (!m.wrongPicks().isEmpty()) s.append('\n').append(Texts.format(quiz.questionProperty().get().wrongPicksKey(), names(m.wrongPicks())));
            if (!m.missed().isEmpty()) s.append('\n').append(Texts.format("quiz.missed", names(m.missed())));
            if (!m.rightPicks().isEmpty()) s.append('\n').append(Texts.format("quiz.rightPicks", names(m.rightPicks())));
            verdict.setText(s.toString());
            evidence.setText(Texts.get("quiz.evidence") + "\n• " + String.join("\n• ", m.evidence()));
        });
        Button answer = new Button(Texts.get("quiz.answer"));
        answer.setId("quiz-answer");
        answer.disableProperty().bind(quiz.markedProperty().isNotNull().or(quiz.questionProperty().isNull()));
        Button next = new Button(Texts.get("quiz.next"));
        next.setId("quiz-next");
        answer.setOnAction(e -> {
            quiz.answer();
            next.requestFocus();
        });
        next.setOnAction(e -> {
            quiz.next();
            // Next goes grey: the keys go to Answer, not on to End quiz, where a second Enter ended the quiz.
            answer.requestFocus();
        });
        next.disableProperty().bind(quiz.markedProperty().isNull());
        Button end = new Button(Texts.get("quiz.end"));
        end.setId("quiz-end");
        end.setOnAction(e -> {
            quiz.stop();
            setVisible(false);
        });
        // Whole words on every button: where the card is narrow for them (Russian, large text) they wrap to a second row.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, answer, next, end);
        for (Button b : java.util.List.of(answer, next, end)) b.setMinWidth(Region.USE_PREF_SIZE);
        for (Label l : java.util.List.of(question, picked, verdict, evidence)) l.setMinHeight(Region.USE_PREF_SIZE);
        // An empty line keeps no room: a year question has nothing picked, an open one no verdict yet.
        for (Label l : java.util.List.of(picked, verdict)) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        // What is read (the question, the picks, the verdict, the evidence) scrolls; the score and the
        // buttons stay in sight. At 1024 × 768 and 175 % an answered card was taller than the map.
        VBox body = new VBox(6, question, picked, verdict, evidence);
        evidence.visibleProperty().bind(evidence.textProperty().isNotEmpty());
        evidence.managedProperty().bind(evidence.visibleProperty());
        javafx.scene.control.ScrollPane reading = new javafx.scene.control.ScrollPane(body);
        reading.setId("quiz-reading");
        reading.setFitToWidth(true);
        reading.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        reading.setMinViewportHeight(60);
        // As tall as what it holds where the map has room (the card's height is capped below).
        reading.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            double w = reading.getViewportBounds().getWidth();
            return body.prefHeight(w > 0 ? w : -1);
        }, reading.viewportBoundsProperty(), question.textProperty(), picked.textProperty(), verdict.textProperty(), evidence.textProperty(),
                score.fontProperty()));
        reading.getStyleClass().add("quiz-reading");
        VBox.setVgrow(reading, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(score, reading, buttons);
        // Once answered, the verdict comes into sight at the reading's top (the question stays above it).
        quiz.markedProperty().addListener((obs, o, m) -> {
            if (m != null) javafx.application.Platform.runLater(() -> {
                reading.layout();
                double hidden = body.getHeight() - reading.getViewportBounds().getHeight();
                reading.setVvalue(hidden <= 0 ? 0 : Math.min(1, verdict.getBoundsInParent().getMinY() / hidden));
            });
        });
        // A new question is read from its first line: the reading kept the last answer's place, and the
        // next question showed without its start ("Kyrgyzstan join the…", at 1024 × 768 and 175 %).
        quiz.questionProperty().addListener((obs, o, q) -> reading.setVvalue(0));
        setMinWidth(360);
        setSpacing(6);
        setMaxWidth(Region.USE_PREF_SIZE);
        parentProperty().addListener((obs, o, p) -> {
            if (!(p instanceof Region r)) return;
            // A third of the map, wider at large text (up to half of it): at 1024 pixels and 175 % a third
            // wrapped the question to a dozen lines and the card outgrew the map.
            prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(r.getWidth() * 0.36, Math.min(r.getWidth() * 0.5, 26 * score.getFont().getSize())),
                    r.widthProperty(), score.fontProperty()));
            // Never taller than the map (less its margins): the evidence scrolls instead.
            maxHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.max(minHeight(-1), Math.min(prefHeight(getPrefWidth()), r.getHeight() - 32)),
                    r.heightProperty(), prefWidthProperty(), heightProperty()));
        });
        visibleProperty().addListener((obs, o, v) -> setManaged(v));
        setVisible(false);
        setManaged(false);
        // Bottom right lies over China and the Pacific: the alliance's countries stay free to click.
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new javafx.geometry.Insets(16));
    }

    private static String names(java.util.Set<Country> cs) {
        return cs.stream().sorted(Comparator.comparing(Country::name)).map(Texts::name).collect(Collectors.joining(", "));
    }

    /** The question in the interface's words; the quiz's end when there is none. */
    static String ask(QuizViewModel quiz) {
        Question q = quiz.questionProperty().get();
        // The end says the score, so the class hears how it did.
        if (q == null) return quiz.size() == 0 ? Texts.get("quiz.none") : Texts.format("quiz.over", quiz.scoreProperty().get(), quiz.size());
        if (q instanceof Question.Members m) return Texts.format("quiz.q.members", Formats.day(m.date()));
        if (q instanceof Question.Left l) return Texts.format("quiz.q.left", Formats.day(l.from()), Formats.day(l.to()));
        Question.JoinYear j = (Question.JoinYear) q;
        // Join what: the 1992 Treaty or the Organization of 2002, as the record's first membership says.
        String key = "quiz.q.joinYear." + j.bodyId();
        return Texts.format(Texts.has(key) ? key : "quiz.q.joinYear", Texts.name(j.country()));
    }

    /** A date in the reader's words (for the evidence lines). */
    static String date(FuzzyDate d) {
        return Formats.date(d);
    }
}
