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
        answer.setOnAction(e -> quiz.answer());
        answer.disableProperty().bind(quiz.markedProperty().isNotNull().or(quiz.questionProperty().isNull()));
        Button next = new Button(Texts.get("quiz.next"));
        next.setId("quiz-next");
        next.setOnAction(e -> quiz.next());
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
        // The evidence can be long (every member of a year): it scrolls, the buttons stay in sight.
        javafx.scene.control.ScrollPane proof = new javafx.scene.control.ScrollPane(evidence);
        proof.setFitToWidth(true);
        proof.setMaxHeight(240);
        // Several lines of it in sight, not two: the card grows for it and the map moves aside.
        proof.setPrefViewportHeight(150);
        proof.setMinViewportHeight(90);
        proof.getStyleClass().add("quiz-evidence-scroll");
        proof.visibleProperty().bind(evidence.textProperty().isNotEmpty());
        proof.managedProperty().bind(proof.visibleProperty());
        getChildren().addAll(score, question, picked, verdict, proof, buttons);
        setMinWidth(360);
        setSpacing(6);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        parentProperty().addListener((obs, o, p) -> {
            if (p instanceof Region r) prefWidthProperty().bind(r.widthProperty().multiply(0.36));
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
