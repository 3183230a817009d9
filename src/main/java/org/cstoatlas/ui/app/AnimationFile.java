package org.cstoatlas.ui.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Iterator;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.cstoatlas.files.AtomicWrite;
import org.cstoatlas.state.Animation;

/**
 * Where an animation's frames go: an animated GIF (the JDK's own writer: a delay per frame, looping for
 * ever), streamed through {@link AtomicWrite#streaming}, or a folder of numbered PNGs, each written
 * through {@link AtomicWrite} into a folder beside the chosen name that is moved there at the end. A
 * cancelled or failed export leaves nothing under the chosen name, and an older file there as it was.
 */
final class AnimationFile implements AutoCloseable {

    private final Animation.Form form;
    private final Path out;
    /** The frames' folder while it is filled (PNG frames only). */
    private final Path tmp;
    /** The GIF while it is written (GIF only). */
    private AtomicWrite.Streaming file;
    private ImageWriter gif;
    private ImageOutputStream stream;
    private int frames;
    private boolean done;

    private AnimationFile(Animation.Form form, Path out, Path tmp) {
        this.form = form;
        this.out = out;
        this.tmp = tmp;
    }

    /** Starts an animation file (or frames folder) to end up at {@code out}. */
    static AnimationFile start(Animation.Form form, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        String name = target.getFileName().toString();
        if (form == Animation.Form.GIF) {
            AnimationFile f = new AnimationFile(form, target, null);
            try {
                f.file = AtomicWrite.streaming(target);
                Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
                if (!writers.hasNext()) throw new IOException("no GIF writer in this Java");
                f.gif = writers.next();
                // In memory, flushed to the file after each frame: ImageIO's own cache would be a file in the system's temporary folder.
                f.stream = new MemoryCacheImageOutputStream(f.file.out());
                f.gif.setOutput(f.stream);
                f.gif.prepareWriteSequence(null);
                return f;
            } catch (IOException | RuntimeException e) {
                f.close();
                throw e;
            }
        }
        if (Files.isRegularFile(target)) throw new FileAlreadyExistsException(target.toString(), null, "a file, not a folder, has this name");
        return new AnimationFile(form, target, Files.createDirectory(dir.resolve("." + name + "-" + java.util.UUID.randomUUID() + ".part")));
    }

    /** Adds a frame shown for {@code delayMs}. */
    void add(BufferedImage image, int delayMs) throws IOException {
        frames++;
        if (form == Animation.Form.PNG_FRAMES) {
            Path png = tmp.resolve(String.format("frame-%04d.png", frames));
            AtomicWrite.bytes(png, o -> {
                if (!ImageIO.write(image, "png", o)) throw new IOException("no PNG writer");
            });
            return;
        }
        BufferedImage rgb = indexed(image);
        IIOMetadata meta = gif.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(2, Math.round(delayMs / 10f))));
        control.setAttribute("transparentColorIndex", "0");
        // Each frame's own palette, said outright (the writer would otherwise fall back on a generic one).
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getLength() > 0) table.removeChild(table.getFirstChild());
        java.awt.image.IndexColorModel model = (java.awt.image.IndexColorModel) rgb.getColorModel();
        table.setAttribute("sizeOfLocalColorTable", "256");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(model.getRed(i)));
            entry.setAttribute("green", Integer.toString(model.getGreen(i)));
            entry.setAttribute("blue", Integer.toString(model.getBlue(i)));
            table.appendChild(entry);
        }
        if (frames == 1) {
            // NETSCAPE2.0 with a loop count of 0: the animation loops for ever, as slides want.
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
        gif.writeToSequence(new IIOImage(rgb, null, meta), null);
        // What is written goes to the file, not the memory: a long animation does not fill the heap.
        stream.flush();
    }

    /**
     * The picture in 256 colours. A map picture has few colours besides the edges of shapes and letters:
     * the 256 most used are kept exactly (the status colours stay true), every other takes its nearest.
     * (The JDK writer's own palette builder is several times slower on a full slide.)
     */
    static BufferedImage indexed(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        int[] px = image.getRGB(0, 0, w, h, null, 0, w);
        java.util.HashMap<Integer, int[]> counts = new java.util.HashMap<>();
        for (int p : px) counts.computeIfAbsent(p & 0xFFFFFF, k -> new int[1])[0]++;
        int[] palette = counts.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0]).limit(256)
                .mapToInt(java.util.Map.Entry::getKey).toArray();
        java.util.HashMap<Integer, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < palette.length; i++) index.put(palette[i], i);
        byte[] r = new byte[256], g = new byte[256], b = new byte[256];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        java.awt.image.IndexColorModel model = new java.awt.image.IndexColorModel(8, 256, r, g, b);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] data = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int c = px[i] & 0xFFFFFF;
            Integer k = index.get(c);
            if (k == null) {
                k = nearest(palette, c);
                index.put(c, k);
            }
            data[i] = (byte) (int) k;
        }
        return out;
    }

    private static int nearest(int[] palette, int c) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = ((palette[i] >> 16) & 255) - ((c >> 16) & 255);
            int dg = ((palette[i] >> 8) & 255) - ((c >> 8) & 255);
            int db = (palette[i] & 255) - (c & 255);
            long d = 2L * dr * dr + 4L * dg * dg + 3L * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    int frames() {
        return frames;
    }

    /** Ends the file and moves it under its name (replacing an older one there). */
    void finish() throws IOException {
        if (form == Animation.Form.GIF) {
            gif.endWriteSequence();
            stream.close();
            gif.dispose();
            stream = null;
            file.commit();
        } else {
            // An empty folder of that name (as a folder chooser leaves) gives way; one with files in it does not.
            if (Files.isDirectory(out)) {
                try {
                    Files.delete(out);
                } catch (DirectoryNotEmptyException e) {
                    throw new FileAlreadyExistsException(out.toString(), null, "the folder is not empty");
                }
            }
            try {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, out);
            }
        }
        done = true;
    }

    /** Unless finished, removes what was written: nothing half-made stays behind. */
    @Override
    public void close() {
        if (done) return;
        try {
            if (stream != null) stream.close();
        } catch (IOException ignored) {
            // removed below all the same
        }
        if (gif != null) gif.dispose();
        if (file != null) file.close();
        if (tmp == null) return;
        try (Stream<Path> files = Files.exists(tmp) ? Files.walk(tmp) : Stream.empty()) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary file left in a folder the user cannot write to: nothing more to do
        }
    }
}
