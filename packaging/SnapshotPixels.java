import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Checks a snapshot that the installed atlas wrote, for .ci/run's smoke test of the app image:
 * {@code java packaging/SnapshotPixels.java FILE.png WIDTH HEIGHT [REFERENCE.png]}. The map must be drawn,
 * not a blank or grey window: many colours, and a fair share of the members' navy (on 2013-06-01
 * Russia alone covers much of the default view). With a reference (the same snapshot written by
 * {@code java -jar target/csto-atlas.jar}, whose pixels the tests check), at most 1 % of the pixels
 * may differ visibly: the installed runtime draws what the tested build draws.
 * Exit 0 when it holds, 1 with the reason when not.
 */
public final class SnapshotPixels {

    public static void main(String[] args) throws Exception {
        BufferedImage png = ImageIO.read(new File(args[0]));
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        if (png == null) fail("not a PNG: " + args[0]);
        if (png.getWidth() != width || png.getHeight() != height) {
            fail("size " + png.getWidth() + "x" + png.getHeight() + ", wanted " + width + "x" + height);
        }
        Set<Integer> colours = new HashSet<>();
        long navy = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = png.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
                if (b > r + 40 && b > g && b < 170) navy++;
            }
        }
        double navyShare = navy / (double) (width * height);
        if (colours.size() < 50) fail("only " + colours.size() + " colours: the window was not drawn");
        if (navyShare < 0.05) fail(String.format("members' navy covers %.1f %% of the snapshot, wanted at least 5 %%", navyShare * 100));
        String compared = "";
        if (args.length > 3) {
            BufferedImage reference = ImageIO.read(new File(args[3]));
            if (reference == null || reference.getWidth() != width || reference.getHeight() != height) fail("the reference is not a " + width + "x" + height + " PNG");
            long differ = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int a = png.getRGB(x, y), b = reference.getRGB(x, y);
                    for (int shift = 0; shift <= 16; shift += 8) {
                        if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 24) {
                            differ++;
                            break;
                        }
                    }
                }
            }
            double share = differ / (double) (width * height);
            if (share > 0.01) fail(String.format("%.2f %% of the pixels differ from the reference %s", share * 100, args[3]));
            compared = String.format(", %.2f %% of pixels differ from the reference", share * 100);
        }
        System.out.printf("snapshot %s: %dx%d, %d colours, members' navy %.1f %%%s%n", args[0], width, height, colours.size(), navyShare * 100, compared);
    }

    private static void fail(String why) {
        System.err.println("snapshot check failed: " + why);
        System.exit(1);
    }
}
