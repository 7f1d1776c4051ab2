package io.spikemix.engine.io.imzml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.Deflater;

/**
 * Writes processed-mode imzML files by hand (XML text and a ByteBuffer-built .ibd), independently of the reader and
 * the writer. Spectrum {@code s} has m/z values {@code mz[s]} (float64) and intensities {@code in[s]} stored with the
 * given type accession; positions are 1-based. With {@code zlib} every array is stored as its own zlib stream
 * (MS:1000574) and the external encoded length is the stream's.
 */
final class ImzmlFixtures {

    static final byte[] UUID = HexFormat.of().parseHex("0123456789abcdef0123456789abcdef");

    private ImzmlFixtures() {
    }

    static Path writeProcessed(Path dir, String base, int[] x, int[] y, double[][] mz, double[][] in,
            String intensityTypeAccession, int maxX, int maxY) throws Exception {
        return writeProcessed(dir, base, x, y, mz, in, intensityTypeAccession, maxX, maxY, false);
    }

    static Path writeProcessed(Path dir, String base, int[] x, int[] y, double[][] mz, double[][] in,
            String intensityTypeAccession, int maxX, int maxY, boolean zlib) throws Exception {
        int intBytes = intensityTypeAccession.equals("MS:1000521") || intensityTypeAccession.equals("MS:1000519") ? 4
                : 8;
        int total = 16;
        for (double[] m : mz) {
            total += m.length * (8 + intBytes) + 64; // room for zlib's overhead
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.put(UUID);
        StringBuilder spectra = new StringBuilder();
        for (int s = 0; s < mz.length; s++) {
            long mzOff = b.position();
            for (double v : mz[s]) {
                b.putDouble(v);
            }
            long mzEnc = zlib ? compress(b, (int) mzOff) : b.position() - mzOff;
            long inOff = b.position();
            for (double v : in[s]) {
                switch (intensityTypeAccession) {
                    case "MS:1000521":
                        b.putFloat((float) v);
                        break;
                    case "MS:1000523":
                        b.putDouble(v);
                        break;
                    case "MS:1000519":
                        b.putInt((int) v);
                        break;
                    default:
                        b.putLong((long) v);
                        break;
                }
            }
            long inEnc = zlib ? compress(b, (int) inOff) : b.position() - inOff;
            spectra.append("<spectrum id=\"s").append(s).append("\" index=\"").append(s)
                    .append("\" defaultArrayLength=\"0\">\n<scanList count=\"1\"><scan>\n")
                    .append("<cvParam cvRef=\"IMS\" accession=\"IMS:1000050\" name=\"position x\" value=\"")
                    .append(x[s]).append("\"/>\n")
                    .append("<cvParam cvRef=\"IMS\" accession=\"IMS:1000051\" name=\"position y\" value=\"")
                    .append(y[s]).append("\"/>\n</scan></scanList>\n<binaryDataArrayList count=\"2\">\n")
                    .append("<binaryDataArray encodedLength=\"0\"><referenceableParamGroupRef ref=\"mzArray\"/>\n")
                    .append(ext(mzOff, mz[s].length, mzEnc))
                    .append("<binary/></binaryDataArray>\n")
                    .append("<binaryDataArray encodedLength=\"0\"><referenceableParamGroupRef ref=\"intensities\"/>\n")
                    .append(ext(inOff, in[s].length, inEnc))
                    .append("<binary/></binaryDataArray>\n</binaryDataArrayList>\n</spectrum>\n");
        }
        Path ibd = dir.resolve(base + ".ibd");
        byte[] bytes = java.util.Arrays.copyOf(b.array(), b.position());
        Files.write(ibd, bytes);
        String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        String compression = zlib
                ? "<cvParam cvRef=\"MS\" accession=\"MS:1000574\" name=\"zlib compression\" value=\"\"/>\n"
                : "<cvParam cvRef=\"MS\" accession=\"MS:1000576\" name=\"no compression\" value=\"\"/>\n";
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<mzML xmlns=\"http://psi.hupo.org/ms/mzml\" version=\"1.1\">\n"
                + "<fileDescription><fileContent>\n"
                + "<cvParam cvRef=\"IMS\" accession=\"IMS:1000031\" name=\"processed\" value=\"\"/>\n"
                + "<cvParam cvRef=\"IMS\" accession=\"IMS:1000080\" name=\"universally unique identifier\" value=\"{"
                + "01234567-89AB-CDEF-0123-456789ABCDEF}\"/>\n"
                + "<cvParam cvRef=\"IMS\" accession=\"IMS:1000091\" name=\"ibd SHA-1\" value=\"" + sha1 + "\"/>\n"
                + "</fileContent></fileDescription>\n"
                + "<referenceableParamGroupList count=\"2\">\n"
                + "<referenceableParamGroup id=\"mzArray\">\n"
                + "<cvParam cvRef=\"MS\" accession=\"MS:1000514\" name=\"m/z array\" value=\"\"/>\n"
                + "<cvParam cvRef=\"MS\" accession=\"MS:1000523\" name=\"64-bit float\" value=\"\"/>\n"
                + compression
                + "</referenceableParamGroup>\n"
                + "<referenceableParamGroup id=\"intensities\">\n"
                + "<cvParam cvRef=\"MS\" accession=\"MS:1000515\" name=\"intensity array\" value=\"\"/>\n"
                + "<cvParam cvRef=\"MS\" accession=\"" + intensityTypeAccession + "\" name=\"type\" value=\"\"/>\n"
                + (zlib ? compression : "")
                + "</referenceableParamGroup>\n"
                + "</referenceableParamGroupList>\n"
                + "<scanSettingsList count=\"1\"><scanSettings id=\"ss\">\n"
                + "<cvParam cvRef=\"IMS\" accession=\"IMS:1000042\" name=\"max count of pixels x\" value=\"" + maxX
                + "\"/>\n"
                + "<cvParam cvRef=\"IMS\" accession=\"IMS:1000043\" name=\"max count of pixels y\" value=\"" + maxY
                + "\"/>\n"
                + "</scanSettings></scanSettingsList>\n"
                + "<run id=\"r\"><spectrumList count=\"" + mz.length + "\">\n" + spectra
                + "</spectrumList></run></mzML>\n";
        Path imzml = dir.resolve(base + ".imzML");
        Files.writeString(imzml, xml);
        return imzml;
    }

    /** Replaces the bytes from {@code from} to the buffer's position by their zlib stream; returns its length. */
    private static long compress(ByteBuffer b, int from) {
        byte[] raw = java.util.Arrays.copyOfRange(b.array(), from, b.position());
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] out = new byte[raw.length + 64];
        int len = deflater.deflate(out);
        if (!deflater.finished()) {
            throw new IllegalStateException("the fixture's zlib stream does not fit");
        }
        deflater.end();
        b.position(from);
        b.put(out, 0, len);
        return len;
    }

    private static String ext(long offset, int length, long encoded) {
        return "<cvParam cvRef=\"IMS\" accession=\"IMS:1000102\" name=\"external offset\" value=\"" + offset + "\"/>\n"
                + "<cvParam cvRef=\"IMS\" accession=\"IMS:1000103\" name=\"external array length\" value=\"" + length
                + "\"/>\n"
                + "<cvParam cvRef=\"IMS\" accession=\"IMS:1000104\" name=\"external encoded length\" value=\""
                + encoded + "\"/>\n";
    }

    /** A monitor that keeps every progress message in {@code messages} and is never cancelled. */
    static io.spikemix.engine.progress.ProgressMonitor recording(java.util.List<String> messages) {
        return new io.spikemix.engine.progress.ProgressMonitor() {
            @Override
            public void checkCanceled() {
                // never cancelled
            }

            @Override
            public void setProgress(double fraction, java.util.function.Supplier<String> message) {
                messages.add(message.get());
            }
        };
    }

    static void replaceInFile(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!s.contains(from)) {
            throw new IllegalStateException("fixture text not found: " + from);
        }
        Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
