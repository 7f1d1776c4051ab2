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
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG encoding and decoding with ImageIO; files are written completely or not at all.
 *
 * <p>The streams are ImageIO's in-memory ones, never its file cache: the file cache creates an {@code imageio*.tmp}
 * file in the system's temporary folder and registers a JVM shutdown hook to remove it, which fails with
 * "Shutdown in progress" when the user presses Ctrl-C during rendering and leaves the file behind.
 */
public final class PngImages {

    private PngImages() {
    }

    /** The PNG bytes of {@code image}. */
    public static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("No PNG writer is available in this Java runtime.");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing PNG bytes to memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * Decodes PNG (or any ImageIO-readable) bytes.
     *
     * @throws IOException if the bytes are not a readable image
     */
    public static BufferedImage decode(byte[] png) throws IOException {
        // ImageIO.read closes the stream it is given
        BufferedImage image = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(png)));
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
