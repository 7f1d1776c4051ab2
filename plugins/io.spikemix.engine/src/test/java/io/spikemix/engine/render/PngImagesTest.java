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
    void decodingGarbageFailsWithIoException() {
        assertThrows(IOException.class, () -> PngImages.decode(new byte[] {1, 2, 3}));
    }
}
