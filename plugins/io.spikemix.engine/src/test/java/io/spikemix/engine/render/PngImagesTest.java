package io.spikemix.engine.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngImagesTest {

    @TempDir
    Path dir;

    @Test
    void writesAFileThatDecodesToTheSamePixelsAndLeavesNoTemporaryFile() throws IOException {
        BufferedImage image = new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                image.setRGB(x, y, (x * 30) << 16 | (y * 50) << 8 | 77);
            }
        }
        Path file = dir.resolve("sub").resolve("image.png");
        PngImages.write(image, file);
        PngImages.write(image, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        RenderAssertions.assertSameImage(image, PngImages.decode(bytes));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void encodingAndDecodingNeverUseImageIosTemporaryFileCache() throws IOException {
        // the file cache registers a shutdown hook and leaves imageio*.tmp behind on Ctrl-C; with the cache
        // switched on and its folder gone, any use of it fails
        Path cache = Files.createDirectories(dir.resolve("cache"));
        boolean used = javax.imageio.ImageIO.getUseCache();
        java.io.File folder = javax.imageio.ImageIO.getCacheDirectory();
        try {
            javax.imageio.ImageIO.setUseCache(true);
            javax.imageio.ImageIO.setCacheDirectory(cache.toFile());
            Files.delete(cache);
            BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 1, 0x123456);
            RenderAssertions.assertSameImage(image, PngImages.decode(PngImages.encode(image)));
        } finally {
            javax.imageio.ImageIO.setUseCache(used);
            javax.imageio.ImageIO.setCacheDirectory(folder);
        }
    }

    @Test
    void decodingGarbageFailsWithIoException() {
        assertThrows(IOException.class, () -> PngImages.decode(new byte[] {1, 2, 3}));
    }
}
