package io.spikemix.engine.io.imzml;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.AtomicFiles;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.Deflater;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link SpectralCube} with an m/z band axis (or any {@link Spectra}, e.g. a generator of files larger than
 * the heap) as a continuous-mode imzML 1.1 file pair: the .ibd holds the UUID, the shared m/z array (float64 or
 * float32) and one float32 intensity array per valid pixel, each plain or as a zlib stream (MS:1000574, deflate
 * level 1: the fastest; the reader does not care); the .imzML declares the UUID, the SHA-1 of the .ibd, the image
 * size, each spectrum's 1-based position and every array's offset, length and encoded length. Masked pixels get
 * no spectrum. Both files are written to temporary files and moved into place together
 * ({@link AtomicFiles#replaceTogether}), so no partial or mismatched pair is left.
 *
 * <p>Time O(values); memory one spectrum plus, when compressing, 16 bytes per spectrum. The XML is streamed
 * (StAX), so large images need no DOM either.
 */
public final class ImzmlWriter {

    /** How the binary arrays are stored. */
    public enum Compression {
        /** MS:1000576. */
        NONE,
        /** MS:1000574: each array is one zlib stream. */
        ZLIB
    }

    /** The spectra of a continuous file, produced one at a time. */
    public interface Spectra {
        /** Image height and width in pixels. */
        int height();

        int width();

        /** Number of spectra. */
        int count();

        /** The shared m/z axis. */
        BandAxis bands();

        /** 0-based column of spectrum {@code r}. */
        int x(int r);

        /** 0-based line of spectrum {@code r}. */
        int y(int r);

        /** Writes the intensities of spectrum {@code r} (one per band) to {@code dst}. */
        void intensities(int r, float[] dst);
    }

    private ImzmlWriter() {
    }

    /** The valid pixels of {@code cube} as {@link Spectra}. */
    public static Spectra spectraOf(SpectralCube cube) {
        SpectralMatrix m = cube.spectra();
        return new Spectra() {
            @Override
            public int height() {
                return cube.height();
            }

            @Override
            public int width() {
                return cube.width();
            }

            @Override
            public int count() {
                return cube.validCount();
            }

            @Override
            public BandAxis bands() {
                return cube.bands();
            }

            @Override
            public int x(int r) {
                return cube.x(r);
            }

            @Override
            public int y(int r) {
                return cube.y(r);
            }

            @Override
            public void intensities(int r, float[] dst) {
                System.arraycopy(m.blockOf(r), m.offsetOf(r), dst, 0, m.cols());
            }
        };
    }

    /**
     * Writes {@code cube} to {@code imzml} (ending in .imzML) and the .ibd beside it.
     *
     * @param mzFloat64 store m/z as 64-bit (true) or 32-bit float
     * @param uuid      the identifier tying the two files together
     */
    public static void write(SpectralCube cube, Path imzml, boolean mzFloat64, UUID uuid, ProgressMonitor monitor)
            throws IOException, CanceledException {
        write(spectraOf(cube), imzml, mzFloat64, Compression.NONE, uuid, monitor);
    }

    /**
     * Writes {@code spectra} to {@code imzml} (ending in .imzML) and the .ibd beside it.
     *
     * @param mzFloat64   store m/z as 64-bit (true) or 32-bit float
     * @param compression how every array is stored
     * @param uuid        the identifier tying the two files together
     */
    public static void write(Spectra spectra, Path imzml, boolean mzFloat64, Compression compression, UUID uuid,
            ProgressMonitor monitor) throws IOException, CanceledException {
        String name = imzml.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".imzml")) {
            throw new IllegalArgumentException("The 'imzml' parameter must name a file ending in .imzML. Got " + name
                    + " instead.");
        }
        Path ibd = imzml.resolveSibling(name.substring(0, name.length() - 6) + ".ibd");
        Path dir = imzml.toAbsolutePath().getParent();
        Path tmpIbd = AtomicFiles.createTemporary(dir, name + ".ibd");
        Path tmpXml = AtomicFiles.createTemporary(dir, name);
        try {
            byte[] uuidBytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits()).array();
            Layout layout = new Layout(spectra.count(), compression);
            String sha1 = writeIbd(spectra, tmpIbd, mzFloat64, uuidBytes, layout, monitor);
            writeXml(spectra, tmpXml, mzFloat64, HexFormat.of().formatHex(uuidBytes), sha1, layout);
            AtomicFiles.replaceTogether(List.of(tmpIbd, tmpXml), List.of(ibd, imzml));
        } finally {
            Files.deleteIfExists(tmpIbd);
            Files.deleteIfExists(tmpXml);
        }
    }

    /**
     * Where the arrays went: array 0 is the m/z array, array {@code 1 + r} spectrum r's intensities; they follow
     * each other, so only the encoded lengths of compressed arrays are kept (plain ones have fixed lengths).
     */
    private static final class Layout {
        final Compression compression;
        final long[] encoded;
        private final Deflater deflater;
        private byte[] out = new byte[64];

        Layout(int spectra, Compression compression) {
            this.compression = compression;
            this.encoded = compression == Compression.ZLIB ? new long[spectra + 1] : null;
            this.deflater = compression == Compression.ZLIB ? new Deflater(Deflater.BEST_SPEED) : null;
        }

        /** Writes array {@code a} ({@code raw} bytes) as stored or compressed. */
        void write(OutputStream os, int a, byte[] raw, int len) throws IOException {
            if (compression == Compression.NONE) {
                os.write(raw, 0, len);
                return;
            }
            deflater.reset();
            deflater.setInput(raw, 0, len);
            deflater.finish();
            long total = 0;
            while (!deflater.finished()) {
                int k = deflater.deflate(out);
                os.write(out, 0, k);
                total += k;
                if (k == out.length && out.length < (1 << 20)) {
                    out = new byte[2 * out.length];
                }
            }
            encoded[a] = total;
        }

        void end() {
            if (deflater != null) {
                deflater.end();
            }
        }
    }

    private static String writeIbd(Spectra spectra, Path file, boolean mzFloat64, byte[] uuid, Layout layout,
            ProgressMonitor monitor) throws IOException, CanceledException {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("SHA-1 is not available in this Java runtime", e);
        }
        BandAxis axis = spectra.bands();
        int nb = axis.size();
        int n = spectra.count();
        try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20),
                sha1)) {
            out.write(uuid);
            ByteBuffer mz = ByteBuffer.allocate(nb * (mzFloat64 ? 8 : 4)).order(ByteOrder.LITTLE_ENDIAN);
            for (int j = 0; j < nb; j++) {
                if (mzFloat64) {
                    mz.putDouble(axis.value(j));
                } else {
                    mz.putFloat((float) axis.value(j));
                }
            }
            layout.write(out, 0, mz.array(), mz.capacity());
            ByteBuffer row = ByteBuffer.allocate(nb * 4).order(ByteOrder.LITTLE_ENDIAN);
            float[] values = new float[nb];
            for (int r = 0; r < n; r++) {
                spectra.intensities(r, values);
                row.clear();
                row.asFloatBuffer().put(values, 0, nb);
                layout.write(out, 1 + r, row.array(), row.capacity());
                if ((r & 1023) == 0) {
                    monitor.checkCanceled();
                    double f = (double) r / n;
                    monitor.setProgress(f, () -> "Writing imzML spectra");
                }
            }
        } finally {
            layout.end();
        }
        return HexFormat.of().formatHex(sha1.digest());
    }

    private static void writeXml(Spectra spectra, Path file, boolean mzFloat64, String uuidHex, String sha1,
            Layout layout) throws IOException {
        int nb = spectra.bands().size();
        long mzBytes = (long) nb * (mzFloat64 ? 8 : 4);
        long rowBytes = (long) nb * 4;
        String compression = layout.compression == Compression.ZLIB ? "MS:1000574" : "MS:1000576";
        String compressionName = layout.compression == Compression.ZLIB ? "zlib compression" : "no compression";
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("mzML");
            w.writeDefaultNamespace("http://psi.hupo.org/ms/mzml");
            w.writeAttribute("version", "1.1");
            w.writeCharacters("\n");
            w.writeStartElement("cvList");
            w.writeAttribute("count", "3");
            cv(w, "MS", "Proteomics Standards Initiative Mass Spectrometry Ontology",
                    "http://psidev.cvs.sourceforge.net/*checkout*/psidev/psi/psi-ms/mzML/controlledVocabulary/psi-ms.obo");
            cv(w, "UO", "Unit Ontology", "http://obo.cvs.sourceforge.net/*checkout*/obo/obo/ontology/phenotype/unit.obo");
            cv(w, "IMS", "Imaging MS Ontology", "http://www.maldi-msi.org/download/imzml/imagingMS.obo");
            w.writeEndElement();
            w.writeStartElement("fileDescription");
            w.writeStartElement("fileContent");
            param(w, "MS", "MS:1000579", "MS1 spectrum", "");
            param(w, "IMS", "IMS:1000030", "continuous", "");
            param(w, "IMS", "IMS:1000080", "universally unique identifier", "{" + uuidHex + "}");
            param(w, "IMS", "IMS:1000091", "ibd SHA-1", sha1);
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("referenceableParamGroupList");
            w.writeAttribute("count", "2");
            w.writeStartElement("referenceableParamGroup");
            w.writeAttribute("id", "mzArray");
            param(w, "MS", "MS:1000514", "m/z array", "");
            param(w, "MS", mzFloat64 ? "MS:1000523" : "MS:1000521", mzFloat64 ? "64-bit float" : "32-bit float", "");
            param(w, "MS", compression, compressionName, "");
            param(w, "IMS", "IMS:1000101", "external data", "true");
            w.writeEndElement();
            w.writeStartElement("referenceableParamGroup");
            w.writeAttribute("id", "intensityArray");
            param(w, "MS", "MS:1000515", "intensity array", "");
            param(w, "MS", "MS:1000521", "32-bit float", "");
            param(w, "MS", compression, compressionName, "");
            param(w, "IMS", "IMS:1000101", "external data", "true");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("scanSettingsList");
            w.writeAttribute("count", "1");
            w.writeStartElement("scanSettings");
            w.writeAttribute("id", "scansettings1");
            param(w, "IMS", "IMS:1000042", "max count of pixels x", Integer.toString(spectra.width()));
            param(w, "IMS", "IMS:1000043", "max count of pixels y", Integer.toString(spectra.height()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("run");
            w.writeAttribute("id", "spikemix");
            w.writeStartElement("spectrumList");
            w.writeAttribute("count", Integer.toString(spectra.count()));
            long offset = 16 + (layout.encoded == null ? mzBytes : layout.encoded[0]);
            for (int r = 0; r < spectra.count(); r++) {
                w.writeCharacters("\n");
                w.writeStartElement("spectrum");
                w.writeAttribute("id", "spectrum=" + r);
                w.writeAttribute("index", Integer.toString(r));
                w.writeAttribute("defaultArrayLength", "0");
                w.writeStartElement("scanList");
                w.writeAttribute("count", "1");
                w.writeStartElement("scan");
                param(w, "IMS", "IMS:1000050", "position x", Integer.toString(spectra.x(r) + 1));
                param(w, "IMS", "IMS:1000051", "position y", Integer.toString(spectra.y(r) + 1));
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement("binaryDataArrayList");
                w.writeAttribute("count", "2");
                array(w, "mzArray", 16, nb, layout.encoded == null ? mzBytes : layout.encoded[0]);
                long encoded = layout.encoded == null ? rowBytes : layout.encoded[1 + r];
                array(w, "intensityArray", offset, nb, encoded);
                offset += encoded;
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void array(XMLStreamWriter w, String ref, long offset, int length, long encoded)
            throws XMLStreamException {
        w.writeStartElement("binaryDataArray");
        w.writeAttribute("encodedLength", "0");
        w.writeEmptyElement("referenceableParamGroupRef");
        w.writeAttribute("ref", ref);
        param(w, "IMS", "IMS:1000102", "external offset", Long.toString(offset));
        param(w, "IMS", "IMS:1000103", "external array length", Integer.toString(length));
        param(w, "IMS", "IMS:1000104", "external encoded length", Long.toString(encoded));
        w.writeEmptyElement("binary");
        w.writeEndElement();
    }

    private static void cv(XMLStreamWriter w, String id, String name, String uri) throws XMLStreamException {
        w.writeEmptyElement("cv");
        w.writeAttribute("id", id);
        w.writeAttribute("fullName", name);
        w.writeAttribute("URI", uri);
    }

    private static void param(XMLStreamWriter w, String cvRef, String accession, String name, String value)
            throws XMLStreamException {
        w.writeEmptyElement("cvParam");
        w.writeAttribute("cvRef", cvRef);
        w.writeAttribute("accession", accession);
        w.writeAttribute("name", name);
        w.writeAttribute("value", value);
    }
}
