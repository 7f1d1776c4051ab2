package io.spikemix.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers for render tests: round trip through PNG, read pixels, keep samples for looking at. */
final class RenderAssertions {

    private RenderAssertions() {
    }

    /** Encodes as PNG and decodes again, so tests check what a user would see in the file. */
    static BufferedImage throughPng(BufferedImage image) {
        try {
            return PngImages.decode(PngImages.encode(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int rgbAt(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    static void assertSameImage(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth(), "width");
        assertEquals(expected.getHeight(), actual.getHeight(), "height");
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (rgbAt(expected, x, y) != rgbAt(actual, x, y)) {
                    assertEquals(String.format("#%06X", rgbAt(expected, x, y)),
                            String.format("#%06X", rgbAt(actual, x, y)), "pixel (" + x + ", " + y + ")");
                }
            }
        }
    }

    static long countColour(BufferedImage image, int rgb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (rgbAt(image, x, y) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Writes a sample to target/render-samples so a person can look at it after the build. */
    static void keepSample(BufferedImage image, String name) {
        try {
            Path dir = Path.of("target", "render-samples");
            Files.createDirectories(dir);
            PngImages.write(image, dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
