package io.spikemix.engine.io.imzml;

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

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link SpectralCube} with an m/z band axis as a continuous-mode imzML 1.1 file pair: the .ibd holds the
 * UUID, the shared m/z array (float64 or float32) and one float32 intensity array per valid pixel; the .imzML
 * declares the UUID, the SHA-1 of the .ibd, the image size and each spectrum's 1-based position. Masked pixels get
 * no spectrum. Both files are written to temporary files and moved into place together
 * ({@link AtomicFiles#replaceTogether}), so no partial or mismatched pair is left.
 *
 * <p>Time O(values); memory one spectrum. The XML is streamed (StAX), so large images need no DOM either.
 */
public final class ImzmlWriter {

    private ImzmlWriter() {
    }

    /**
     * Writes {@code cube} to {@code imzml} (ending in .imzML) and the .ibd beside it.
     *
     * @param mzFloat64 store m/z as 64-bit (true) or 32-bit float
     * @param uuid      the identifier tying the two files together
     */
    public static void write(SpectralCube cube, Path imzml, boolean mzFloat64, UUID uuid, ProgressMonitor monitor)
            throws IOException, CanceledException {
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
            String sha1 = writeIbd(cube, tmpIbd, mzFloat64, uuidBytes, monitor);
            writeXml(cube, tmpXml, mzFloat64, HexFormat.of().formatHex(uuidBytes), sha1);
            AtomicFiles.replaceTogether(List.of(tmpIbd, tmpXml), List.of(ibd, imzml));
        } finally {
            Files.deleteIfExists(tmpIbd);
            Files.deleteIfExists(tmpXml);
        }
    }

    private static String writeIbd(SpectralCube cube, Path file, boolean mzFloat64, byte[] uuid,
            ProgressMonitor monitor) throws IOException, CanceledException {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("SHA-1 is not available in this Java runtime", e);
        }
        int nb = cube.bandCount();
        SpectralMatrix m = cube.spectra();
        try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20),
                sha1)) {
            out.write(uuid);
            ByteBuffer mz = ByteBuffer.allocate(nb * (mzFloat64 ? 8 : 4)).order(ByteOrder.LITTLE_ENDIAN);
            for (int j = 0; j < nb; j++) {
                if (mzFloat64) {
                    mz.putDouble(cube.bands().value(j));
                } else {
                    mz.putFloat((float) cube.bands().value(j));
                }
            }
            out.write(mz.array());
            ByteBuffer row = ByteBuffer.allocate(nb * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (int r = 0; r < m.rows(); r++) {
                row.clear();
                row.asFloatBuffer().put(m.blockOf(r), m.offsetOf(r), nb);
                out.write(row.array());
                if ((r & 1023) == 0) {
                    monitor.checkCanceled();
                    double f = (double) r / m.rows();
                    monitor.setProgress(f, () -> "Writing imzML spectra");
                }
            }
        }
        return HexFormat.of().formatHex(sha1.digest());
    }

    private static void writeXml(SpectralCube cube, Path file, boolean mzFloat64, String uuidHex, String sha1)
            throws IOException {
        int nb = cube.bandCount();
        long mzOffset = 16;
        long firstIntensity = mzOffset + (long) nb * (mzFloat64 ? 8 : 4);
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
            param(w, "MS", "MS:1000576", "no compression", "");
            param(w, "IMS", "IMS:1000101", "external data", "true");
            w.writeEndElement();
            w.writeStartElement("referenceableParamGroup");
            w.writeAttribute("id", "intensityArray");
            param(w, "MS", "MS:1000515", "intensity array", "");
            param(w, "MS", "MS:1000521", "32-bit float", "");
            param(w, "MS", "MS:1000576", "no compression", "");
            param(w, "IMS", "IMS:1000101", "external data", "true");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("scanSettingsList");
            w.writeAttribute("count", "1");
            w.writeStartElement("scanSettings");
            w.writeAttribute("id", "scansettings1");
            param(w, "IMS", "IMS:1000042", "max count of pixels x", Integer.toString(cube.width()));
            param(w, "IMS", "IMS:1000043", "max count of pixels y", Integer.toString(cube.height()));
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("run");
            w.writeAttribute("id", "spikemix");
            w.writeStartElement("spectrumList");
            w.writeAttribute("count", Integer.toString(cube.validCount()));
            for (int r = 0; r < cube.validCount(); r++) {
                w.writeCharacters("\n");
                w.writeStartElement("spectrum");
                w.writeAttribute("id", "spectrum=" + r);
                w.writeAttribute("index", Integer.toString(r));
                w.writeAttribute("defaultArrayLength", "0");
                w.writeStartElement("scanList");
                w.writeAttribute("count", "1");
                w.writeStartElement("scan");
                param(w, "IMS", "IMS:1000050", "position x", Integer.toString(cube.x(r) + 1));
                param(w, "IMS", "IMS:1000051", "position y", Integer.toString(cube.y(r) + 1));
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement("binaryDataArrayList");
                w.writeAttribute("count", "2");
                array(w, "mzArray", mzOffset, nb, mzFloat64 ? 8 : 4);
                array(w, "intensityArray", firstIntensity + (long) r * nb * 4, nb, 4);
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

    private static void array(XMLStreamWriter w, String ref, long offset, int length, int bytes)
            throws XMLStreamException {
        w.writeStartElement("binaryDataArray");
        w.writeAttribute("encodedLength", "0");
        w.writeEmptyElement("referenceableParamGroupRef");
        w.writeAttribute("ref", ref);
        param(w, "IMS", "IMS:1000102", "external offset", Long.toString(offset));
        param(w, "IMS", "IMS:1000103", "external array length", Integer.toString(length));
        param(w, "IMS", "IMS:1000104", "external encoded length", Long.toString((long) length * bytes));
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
