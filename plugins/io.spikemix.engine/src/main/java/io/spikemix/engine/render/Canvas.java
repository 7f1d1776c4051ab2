package io.spikemix.engine.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Fonts, colours and drawing set-up shared by the renderers, so all images look alike. */
final class Canvas {

    static final int MARGIN = 8;
    static final int GAP = 12;
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = Color.BLACK;
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private static final BufferedImage SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);

    private Canvas() {
    }

    /** Font metrics for layout before the image exists. */
    static synchronized FontMetrics metrics(Font font) {
        Graphics2D g = SCRATCH.createGraphics();
        try {
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    /** A white RGB image and its graphics, with antialiased text but no antialiasing of shapes (exact colours). */
    static Graphics2D create(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /** Draws {@code text} with its top-left corner at (x, top). */
    static void drawText(Graphics2D g, String text, Font font, int x, int top) {
        g.setFont(font);
        g.setColor(TEXT);
        g.drawString(text, x, top + g.getFontMetrics().getAscent());
    }

    static int textHeight(Font font) {
        return metrics(font).getHeight();
    }

    static int textWidth(Font font, String text) {
        return metrics(font).stringWidth(text);
    }

    /** Validates an integer upscaling factor. */
    static int requireScale(int scale) {
        if (scale < 1 || scale > 64) {
            throw new IllegalArgumentException("The 'scale' parameter must be in [1, 64]. Got " + scale + " instead.");
        }
        return scale;
    }

    /** Fails early when the image would not fit in memory as one int per pixel. */
    static void requireDrawable(long width, long height) {
        if (width * height > 400_000_000L) {
            throw new IllegalArgumentException("The image would be " + width + " x " + height
                    + " pixels, more than 400 million. Use a smaller 'scale'.");
        }
    }
}
