package org.cstoatlas.ui.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import org.cstoatlas.AtlasData;
import org.cstoatlas.record.Event;
import org.cstoatlas.state.Animation;

/**
 * Films an animation: each frame is the map picture of the PNG export (title, date, legend, credits),
 * drawn on the FX thread one at a time while this thread (never the FX thread) waits, turns it into
 * pixels and writes it. The window stays responsive between frames; a cancel is seen between frames.
 */
final class Filming {

    /** Told after each frame written. */
    interface Progress {
        void frame(int written, int total);
    }

    private Filming() {
    }

    /** The caption of an event's frame: its title, and its date when the title's day does not say it all (a month, a year, "about"). */
    static String caption(Event e, org.cstoatlas.words.Words words) {
        String title = e.title(words.language());
        return e.date().uncertain() ? words.format("animation.caption", title, words.date(e.date())) : title;
    }

    /**
     * Renders and writes every frame to {@code out}; call it off the FX thread.
     *
     * @throws CancellationException when {@code cancelled} said so (nothing is left under {@code out})
     */
    static void film(Animation animation, List<Animation.Frame> frames, AtlasData data, double liveMapWidth, Path out,
                     BooleanSupplier cancelled, Progress progress) throws Exception {
        if (Platform.isFxApplicationThread()) throw new IllegalStateException("an animation is filmed off the FX thread");
        String why = Animation.tooFewOrMany(frames);
        if (why != null) throw new IllegalArgumentException(why);
        MapPicture.Slide slide = Offscreen.onFx(() -> new MapPicture.Slide(frames.get(0).state(), data, liveMapWidth, animation.width(), animation.height()));
        try (AnimationFile file = AnimationFile.start(animation.form(), out)) {
            int i = 0;
            for (Animation.Frame frame : frames) {
                if (cancelled.getAsBoolean()) throw new CancellationException("cancelled");
                String caption = frame.event() == null ? null : caption(frame.event(), org.cstoatlas.words.Words.of(frame.state().language()));
                CompletableFuture<WritableImage> shot = Offscreen.onFx(() -> slide.render(frame.state(), caption));
                BufferedImage image;
                try {
                    image = SwingFXUtils.fromFXImage(shot.get(120, TimeUnit.SECONDS), null);
                } catch (java.util.concurrent.ExecutionException e) {
                    // What was missing (the tiles never drawn), not that a future failed.
                    if (e.getCause() instanceof IllegalStateException missing) throw new IllegalStateException(missing.getMessage(), missing);
                    throw e;
                }
                file.add(image, frame.delayMs());
                progress.frame(++i, frames.size());
            }
            if (cancelled.getAsBoolean()) throw new CancellationException("cancelled");
            file.finish();
        }
    }
}
