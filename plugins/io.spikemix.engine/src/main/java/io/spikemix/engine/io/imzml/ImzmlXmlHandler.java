package io.spikemix.engine.io.imzml;

import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;

/**
 * Turns the StAX events of an imzML document, or of one fragment of its spectrum list, into file facts and
 * {@link SpectrumRecords}: the state machine behind {@link ImzmlParser}.
 *
 * <p>Controlled-vocabulary terms used (PSI-MS and IMS): IMS:1000030/1000031 continuous/processed,
 * IMS:1000080 UUID, IMS:1000090/1000091 ibd MD5/SHA-1, IMS:1000042/1000043 max count of pixels x/y,
 * IMS:1000050/1000051 position x/y, MS:1000514/1000515 m/z/intensity array, MS:1000521/1000523/1000519/1000522
 * 32/64-bit float and 32/64-bit integer, MS:1000576 no compression, MS:1000574 zlib compression,
 * IMS:1000102/1000103/1000104 external offset/array length/encoded length. Parameters may come directly or through
 * referenceableParamGroupRef; a reference to an undefined group is skipped with a warning (pyimzML does the same),
 * the checks at the end of each array and spectrum still demand everything needed. Any other compression term is
 * refused by its name.
 *
 * <p>Attributes are read by index and element names compared once per event, so the ~18 elements per spectrum cost
 * no lookups by name. A handler for a whole document ({@link #forDocument}) may also be told where the document
 * was cut for a parallel parse ({@link #expectJunction}); a handler for a fragment ({@link #forFragment}) starts
 * inside the spectrum list with the parameter groups defined before it and refuses, with {@link Unsplittable}, any
 * element whose effect would reach beyond the fragment. Not thread-safe: one handler per parsing thread.
 */
final class ImzmlXmlHandler {

    static final String CONTINUOUS = "IMS:1000030";
    static final String PROCESSED = "IMS:1000031";
    static final String UUID = "IMS:1000080";
    static final String MD5 = "IMS:1000090";
    static final String SHA1 = "IMS:1000091";
    static final String MAX_X = "IMS:1000042";
    static final String MAX_Y = "IMS:1000043";
    static final String POS_X = "IMS:1000050";
    static final String POS_Y = "IMS:1000051";
    static final String MZ_ARRAY = "MS:1000514";
    static final String INTENSITY_ARRAY = "MS:1000515";
    static final String NO_COMPRESSION = "MS:1000576";
    static final String ZLIB = "MS:1000574";
    static final String OFFSET = "IMS:1000102";
    static final String LENGTH = "IMS:1000103";
    static final String ENCODED_LENGTH = "IMS:1000104";

    private static final String SPECTRUM_LIST = "spectrumList";

    /** The metadata key of the warnings of a parse (absent when there are none). */
    static final String WARNING_KEY = "imzml.warning";

    /** What the enclosing elements make of a cvParam. */
    enum Context {
        FILE_CONTENT, GROUP, SCAN_SETTINGS, SPECTRUM, ARRAY, OTHER
    }

    /** Called every 1024 spectra with the number read so far; may throw to cancel. */
    @FunctionalInterface
    interface Tick {
        void spectra(int count, int declaredCount) throws CanceledException;
    }

    /** Called when the spectrum list of a whole document starts; may arrange a parallel parse of the rest. */
    @FunctionalInterface
    interface SpectrumListStart {
        void started(ImzmlXmlHandler handler, XMLStreamReader r) throws XMLStreamException;
    }

    /**
     * The parallel parse cannot be used for this document (the cut is not where it was assumed, or a fragment holds
     * an element with document-wide effect); the caller parses the whole document sequentially instead.
     */
    static final class Unsplittable extends Exception {
        private static final long serialVersionUID = 1L;

        Unsplittable(String why) {
            super(why, null, false, false);
        }
    }

    private final Path file;
    private final boolean fragment;
    private final Map<String, List<Param>> groups;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final SpectrumRecords records = new SpectrumRecords();
    private final Tick tick;
    private final SpectrumListStart listStart;
    private Boolean continuous;
    private byte[] uuid;
    private String checksumAlgorithm;
    private String checksum;
    private int maxX;
    private int maxY;
    private int declaredCount = -1;
    /** Undefined group ids referenced, with the number of references, in document order. */
    private final Map<String, Integer> undefinedGroups = new LinkedHashMap<>();

    private Context[] stack = new Context[64];
    private int depth;
    private String groupId;
    private int curX;
    private int curY;
    private String curId;
    private final boolean[] haveArray = new boolean[2];
    private final Array array = new Array();

    // the cut of a parallel parse: the spectrum list's end tag must start at byte `junction` of the stream
    private long junction = -1;
    private int listDepth = -1;
    private boolean junctionPassed;

    /** A cvParam of a referenceableParamGroup: its {@link CvTerm} code and value. */
    static final class Param {
        final int code;
        final String value;

        Param(int code, String value) {
            this.code = code;
            this.value = value;
        }
    }

    /** The state of the binaryDataArray being read. */
    private static final class Array {
        boolean mz;
        boolean intensity;
        BinaryType type;
        long offset = -1;
        long length = -1;
        long encoded = -1;
        boolean compressed;
        String unsupportedCompression;

        void reset() {
            mz = false;
            intensity = false;
            type = null;
            offset = -1;
            length = -1;
            encoded = -1;
            compressed = false;
            unsupportedCompression = null;
        }
    }

    private ImzmlXmlHandler(Path file, boolean fragment, Map<String, List<Param>> groups, Tick tick,
            SpectrumListStart listStart) {
        this.file = file;
        this.fragment = fragment;
        this.groups = groups;
        this.tick = tick;
        this.listStart = listStart;
    }

    /** A handler for a whole imzML document; {@code listStart} may be null. */
    static ImzmlXmlHandler forDocument(Path file, Tick tick, SpectrumListStart listStart) {
        return new ImzmlXmlHandler(file, false, new HashMap<>(), tick, listStart);
    }

    /**
     * A handler for a run of complete elements cut from inside the spectrum list (wrapped in one synthetic root
     * element), with the parameter groups the document defined before its spectrum list.
     */
    static ImzmlXmlHandler forFragment(Path file, Map<String, List<Param>> groups, Tick tick) {
        return new ImzmlXmlHandler(file, true, groups, tick, null);
    }

    SpectrumRecords records() {
        return records;
    }

    int declaredCount() {
        return declaredCount;
    }

    /** True when the current element is the spectrum list, directly in a context without cvParam meaning. */
    boolean atPlainSpectrumList() {
        return curId == null && depth >= 1 && stack[depth - 1] == Context.OTHER;
    }

    /** A copy of the parameter groups defined so far. */
    Map<String, List<Param>> groupsSnapshot() {
        Map<String, List<Param>> copy = new HashMap<>();
        for (Map.Entry<String, List<Param>> e : groups.entrySet()) {
            copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
        }
        return copy;
    }

    /**
     * Declares that the stream continues at byte {@code offset} with the end tag of the spectrum list now open: the
     * bytes between were cut out for other threads. The handler checks that this tag is where it was said to be.
     */
    void expectJunction(long offset) {
        junction = offset;
        listDepth = depth;
    }

    /** Handles every event of {@code r} until the end of the document. */
    void run(XMLStreamReader r) throws XMLStreamException, SpectralFileException, CanceledException, Unsplittable {
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                startElement(r);
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                endElement(r);
            }
        }
        if (junction >= 0 && !junctionPassed) {
            throw new Unsplittable("the spectrum list did not end at byte " + junction);
        }
    }

    private void startElement(XMLStreamReader r) throws XMLStreamException, SpectralFileException, Unsplittable {
        String name = r.getLocalName();
        Context parent = depth == 0 ? Context.OTHER : stack[depth - 1];
        Context ctx = parent;
        switch (name) {
            case "fileContent":
                documentLevel(name);
                ctx = Context.FILE_CONTENT;
                break;
            case "referenceableParamGroup":
                documentLevel(name);
                ctx = Context.GROUP;
                groupId = attr(r, "id");
                groups.put(groupId, new ArrayList<>());
                break;
            case "scanSettings":
                documentLevel(name);
                ctx = Context.SCAN_SETTINGS;
                break;
            case SPECTRUM_LIST:
                documentLevel(name);
                declaredCount = intAttr(r, "count", -1);
                break;
            case "spectrum":
                if (junctionPassed) {
                    throw new Unsplittable("a spectrum after the spectrum list");
                }
                ctx = Context.SPECTRUM;
                curX = -1;
                curY = -1;
                curId = attr(r, "index");
                haveArray[0] = false;
                haveArray[1] = false;
                break;
            case "binaryDataArray":
                if (parent != Context.SPECTRUM) {
                    throw error(r, "binaryDataArray", "expected inside a <spectrum>");
                }
                ctx = Context.ARRAY;
                array.reset();
                break;
            case "cvParam":
                cvParam(r, parent);
                break;
            case "referenceableParamGroupRef":
                List<Param> params = groups.get(attr(r, "ref"));
                if (params == null) {
                    if (fragment) {
                        // the warning belongs to the whole document: let the sequential parse collect it
                        throw new Unsplittable("a reference to the undefined group '" + attr(r, "ref") + "'");
                    }
                    undefinedGroups.merge(attr(r, "ref"), 1, Integer::sum);
                    params = List.of();
                }
                for (Param p : params) {
                    apply(r, parent, p.code, p.value);
                }
                break;
            default:
                break;
        }
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, 2 * depth);
        }
        stack[depth++] = ctx;
        if (listStart != null && name.equals(SPECTRUM_LIST) && junction < 0) {
            listStart.started(this, r);
        }
    }

    /** A fragment may not hold elements whose parameters reach beyond it; a whole document may (once cut: no groups). */
    private void documentLevel(String name) throws Unsplittable {
        if (fragment || (junction >= 0 && !junctionPassed && name.equals("referenceableParamGroup"))) {
            throw new Unsplittable("<" + name + "> inside the part of the spectrum list read in parallel");
        }
    }

    private void endElement(XMLStreamReader r) throws SpectralFileException, CanceledException, Unsplittable {
        String name = r.getLocalName();
        depth--;
        if (name.equals("binaryDataArray")) {
            endArray(r);
        } else if (name.equals("spectrum")) {
            endSpectrum(r);
            curId = null;
            int n = records.count();
            if ((n & 1023) == 0) {
                tick.spectra(n, declaredCount);
            }
        } else if (junction >= 0 && !junctionPassed && name.equals(SPECTRUM_LIST) && depth == listDepth - 1) {
            long at = ((XMLStreamReader2) r).getLocationInfo().getStartingByteOffset();
            if (at != junction) {
                throw new Unsplittable("the spectrum list ended at byte " + at + ", not at the cut " + junction);
            }
            junctionPassed = true;
        }
    }

    /** A cvParam's accession and value, read by attribute index; kept for a group, applied otherwise. */
    private void cvParam(XMLStreamReader r, Context parent) throws SpectralFileException {
        String acc = "";
        String value = "";
        String name = "";
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String a = r.getAttributeLocalName(i);
            if (a.equals("accession")) {
                acc = r.getAttributeValue(i);
            } else if (a.equals("value")) {
                value = r.getAttributeValue(i);
            } else if (a.equals("name")) {
                name = r.getAttributeValue(i);
            }
        }
        int code = CvTerm.code(acc);
        if ((parent == Context.ARRAY || parent == Context.GROUP) && CvTerm.isUnsupportedCompression(code, name)) {
            code = CvTerm.UNSUPPORTED_COMPRESSION;
            value = "'" + name + "' (" + acc + ")";
        }
        if (parent == Context.GROUP) {
            groups.get(groupId).add(new Param(code, value));
        } else if (code != CvTerm.OTHER) {
            apply(r, parent, code, value);
        }
    }

    private void apply(XMLStreamReader r, Context ctx, int code, String value) throws SpectralFileException {
        switch (ctx) {
            case FILE_CONTENT:
                fileParam(r, code, value);
                break;
            case SCAN_SETTINGS:
                if (code == CvTerm.MAX_X) {
                    maxX = positive(r, "max count of pixels x (" + MAX_X + ")", value);
                } else if (code == CvTerm.MAX_Y) {
                    maxY = positive(r, "max count of pixels y (" + MAX_Y + ")", value);
                }
                break;
            case SPECTRUM:
                if (code == CvTerm.POS_X) {
                    curX = positive(r, "position x (" + POS_X + ")", value);
                } else if (code == CvTerm.POS_Y) {
                    curY = positive(r, "position y (" + POS_Y + ")", value);
                }
                break;
            case ARRAY:
                arrayParam(r, code, value);
                break;
            default:
                break;
        }
    }

    private void fileParam(XMLStreamReader r, int code, String value) throws SpectralFileException {
        switch (code) {
            case CvTerm.CONTINUOUS:
                continuous = Boolean.TRUE;
                break;
            case CvTerm.PROCESSED:
                continuous = Boolean.FALSE;
                break;
            case CvTerm.UUID:
                uuid = parseUuid(r, value);
                metadata.put("imzml.uuid", value);
                break;
            case CvTerm.SHA1:
                checksumAlgorithm = "SHA-1";
                checksum = hex(r, "ibd SHA-1 (" + SHA1 + ")", value, 40);
                metadata.put("imzml.sha1", checksum);
                break;
            case CvTerm.MD5:
                checksumAlgorithm = "MD5";
                checksum = hex(r, "ibd MD5 (" + MD5 + ")", value, 32);
                metadata.put("imzml.md5", checksum);
                break;
            default:
                break;
        }
    }

    private void arrayParam(XMLStreamReader r, int code, String value) throws SpectralFileException {
        switch (code) {
            case CvTerm.FLOAT32:
            case CvTerm.FLOAT64:
            case CvTerm.INT32:
            case CvTerm.INT64:
                array.type = BinaryType.ofCode(code);
                break;
            case CvTerm.MZ_ARRAY:
                array.mz = true;
                break;
            case CvTerm.INTENSITY_ARRAY:
                array.intensity = true;
                break;
            case CvTerm.ZLIB:
                array.compressed = true;
                break;
            case CvTerm.UNSUPPORTED_COMPRESSION:
                array.unsupportedCompression = value;
                break;
            case CvTerm.OFFSET:
                array.offset = nonNegative(r, "external offset (" + OFFSET + ")", value);
                break;
            case CvTerm.LENGTH:
                array.length = nonNegative(r, "external array length (" + LENGTH + ")", value);
                break;
            case CvTerm.ENCODED_LENGTH:
                array.encoded = nonNegative(r, "external encoded length (" + ENCODED_LENGTH + ")", value);
                break;
            default:
                break;
        }
    }

    private void endArray(XMLStreamReader r) throws SpectralFileException {
        String where = "binaryDataArray";
        if (array.mz == array.intensity) {
            throw error(r, where, "expected exactly one of m/z array (" + MZ_ARRAY + ") or intensity array ("
                    + INTENSITY_ARRAY + ")");
        }
        if (array.unsupportedCompression != null) {
            throw error(r, where, "the compression " + array.unsupportedCompression + " is not supported; expected "
                    + "zlib compression (" + ZLIB + ") or no compression (" + NO_COMPRESSION + ")");
        }
        if (array.type == null) {
            throw error(r, where, "expected a data type: 32-bit float (MS:1000521), 64-bit float (MS:1000523), "
                    + "32-bit integer (MS:1000519) or 64-bit integer (MS:1000522)");
        }
        if (array.offset < 0 || array.length < 0) {
            throw error(r, where, "expected external offset (" + OFFSET + ") and external array length (" + LENGTH
                    + ")");
        }
        if (array.length > Integer.MAX_VALUE - 8) {
            throw error(r, where, "expected an array length of at most " + (Integer.MAX_VALUE - 8) + ", found "
                    + array.length);
        }
        long bytes = array.length * array.type.bytes();
        if (array.compressed) {
            if (array.encoded < 0) {
                throw error(r, where, "expected the external encoded length (" + ENCODED_LENGTH + ") of the "
                        + "zlib-compressed array, found none");
            }
        } else if (array.encoded > 0 && array.encoded != bytes) {
            throw error(r, where, "external encoded length " + array.encoded + " does not match array length "
                    + array.length + " x " + array.type.bytes() + " bytes = " + bytes);
        }
        records.setArray(array.mz, array.offset, (int) array.length, array.type, array.compressed ? array.encoded
                : -1);
        haveArray[array.mz ? 0 : 1] = true;
    }

    private void endSpectrum(XMLStreamReader r) throws SpectralFileException {
        String where = "";
        if (curX < 0 || curY < 0) {
            throw error(r, where, "expected position x (" + POS_X + ") and position y (" + POS_Y + ")");
        }
        if (!haveArray[0] || !haveArray[1]) {
            throw error(r, where, "expected an m/z array and an intensity array");
        }
        int mzLen = records.currentMzLength();
        int inLen = records.currentIntensityLength();
        if (mzLen != inLen) {
            throw error(r, where, "the m/z array has " + mzLen + " values but the intensity array has " + inLen
                    + "; expected equal lengths");
        }
        records.finishSpectrum(curX, curY);
    }

    /**
     * The index over this handler's file facts and {@code spectra} (its own records, possibly followed by those of
     * the fragments parsed in parallel).
     */
    ImzmlIndex build(SpectrumRecords spectra) throws SpectralFileException {
        if (continuous == null) {
            throw new SpectralFileException(file, "fileContent", "expected the storage mode continuous (" + CONTINUOUS
                    + ") or processed (" + PROCESSED + "), found neither");
        }
        if (uuid == null) {
            throw new SpectralFileException(file, "fileContent", "expected a universally unique identifier (" + UUID
                    + "), found none");
        }
        int n = spectra.count();
        if (n == 0) {
            throw new SpectralFileException(file, "spectrumList", "expected at least one spectrum, found none");
        }
        int w = spectra.maxX(maxX);
        int h = spectra.maxY(maxY);
        if ((long) w * h > Integer.MAX_VALUE) {
            throw new SpectralFileException(file, "max count of pixels", "expected at most " + Integer.MAX_VALUE
                    + " pixels, found " + w + " x " + h);
        }
        metadata.put("imzml.mode", continuous ? "continuous" : "processed");
        metadata.put("imzml.spectra", Integer.toString(n));
        if (!undefinedGroups.isEmpty()) {
            StringBuilder warning = new StringBuilder();
            undefinedGroups.forEach((id, count) -> warning.append(warning.length() == 0 ? "" : "; ")
                    .append("referenceableParamGroupRef to the undefined group '").append(id).append("' (")
                    .append(count).append(count == 1 ? " reference" : " references").append(") skipped"));
            metadata.put(WARNING_KEY, warning.toString());
        }
        if (maxX > 0) {
            metadata.put("imzml.max count of pixels x", Integer.toString(maxX));
            metadata.put("imzml.max count of pixels y", Integer.toString(maxY));
        }
        return spectra.toIndex(continuous, uuid, checksumAlgorithm, checksum, w, h, metadata);
    }

    private byte[] parseUuid(XMLStreamReader r, String value) throws SpectralFileException {
        String hex = value.replace("{", "").replace("}", "").replace("-", "").trim();
        hex(r, "universally unique identifier (" + UUID + ")", hex, 32);
        byte[] b = new byte[16];
        for (int i = 0; i < 16; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    private String hex(XMLStreamReader r, String field, String value, int digits) throws SpectralFileException {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.length() != digits || !v.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw error(r, field, "expected " + digits + " hexadecimal digits, found '" + value + "'");
        }
        return v;
    }

    private int positive(XMLStreamReader r, String field, String value) throws SpectralFileException {
        long v = nonNegative(r, field, value);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw error(r, field, "expected an integer between 1 and " + Integer.MAX_VALUE + ", found '" + value + "'");
        }
        return (int) v;
    }

    private long nonNegative(XMLStreamReader r, String field, String value) throws SpectralFileException {
        try {
            long v = Long.parseLong(value.trim());
            if (v < 0) {
                throw error(r, field, "expected an integer >= 0, found " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(r, field, "expected an integer, found '" + value + "'");
        }
    }

    private static int intAttr(XMLStreamReader r, String name, int def) {
        String v = r.getAttributeValue(null, name);
        try {
            return v == null ? def : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    private SpectralFileException error(XMLStreamReader r, String field, String problem) {
        if (curId != null) {
            field = field.isEmpty() ? "spectrum " + curId : "spectrum " + curId + " " + field;
        }
        String line = r.getLocation() == null ? "" : " (XML line " + r.getLocation().getLineNumber() + ")";
        return new SpectralFileException(file, field + line, problem);
    }
}
