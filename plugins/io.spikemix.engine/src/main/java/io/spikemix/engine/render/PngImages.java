package io.spikemix.engine.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

/** PNG encoding and decoding with ImageIO; files are written completely or not at all. */
public final class PngImages {

    private PngImages() {
    }

    /** The PNG bytes of {@code image}. */
    public static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer is available in this Java runtime.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing PNG bytes to memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Decodes PNG (or any ImageIO-readable) bytes.
     *
     * @throws IOException if the bytes are not a readable image
     */
    public static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IOException("The bytes are not an image ImageIO can read (" + png.length + " bytes).");
        }
        return image;
    }

    /**
     * Writes {@code image} as a PNG file. The bytes go to a temporary file in the same directory first, which is
     * then moved over {@code file}, so readers never see a partly written image and a failure leaves no file behind.
     */
    public static void write(BufferedImage image, Path file) throws IOException {
        byte[] png = encode(image);
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        try {
            Files.write(temp, png);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
