package io.spikemix.engine.io.envi;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.io.SafeText;
import io.spikemix.engine.io.SpectralFileException;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed ENVI header ({@code .hdr}) file.
 *
 * <p>Syntax per the ENVI header specification: the first line is {@code ENVI}; then {@code key = value} lines, keys
 * case-insensitive (stored lower-case with single spaces); a value starting with <code>{</code> runs, across lines,
 * to the matching <code>}</code> and is a comma-separated list; lines starting with {@code ;} are comments.
 *
 * <p>Required keys: {@code samples}, {@code lines}, {@code bands}, {@code data type}. Documented defaults for the
 * optional ones: {@code header offset} 0, {@code interleave} bsq, {@code byte order} 0 (little endian, which is
 * also what writers that omit it, such as PlantCV, produce), no wavelengths (the band axis then comes from band
 * names of the form "376.44 Nanometers" if all have that form, else band indices), no ignore value, all bands good.
 * Every key, known or not, is kept in {@link #entries()} (e.g. {@code map info}, {@code description}).
 *
 * <p>Immutable. Parsing is linear in the header size; headers above 64 MiB are refused.
 */
public final class EnviHeader {

    private static final long MAX_HEADER_BYTES = 64L << 20;
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([A-Za-zµ]+)?\\s*");

    private final Path file;
    private final Map<String, String> entries;
    private final int samples;
    private final int lines;
    private final int bands;
    private final long headerOffset;
    private final EnviDataType dataType;
    private final EnviInterleave interleave;
    private final ByteOrder byteOrder;
    private final double[] wavelengths;
    private final String wavelengthUnits;
    private final double[] fwhm;
    private final String[] bandNames;
    private final Double dataIgnoreValue;
    private final boolean[] badBands;

    private EnviHeader(Path file, Map<String, String> entries) throws SpectralFileException {
        this.file = file;
        this.entries = Collections.unmodifiableMap(entries);
        this.samples = requiredDimension("samples");
        this.lines = requiredDimension("lines");
        this.bands = requiredDimension("bands");
        this.headerOffset = optionalLong("header offset", 0);
        int typeCode = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, requiredLong("data type")));
        this.dataType = EnviDataType.ofCode(typeCode).orElseThrow(() -> new SpectralFileException(file, "data type",
                "expected one of 1, 2, 3, 4, 5, 12, 13, 14, 15, found " + entries.get("data type")));
        String il = entries.getOrDefault("interleave", "bsq").trim().toUpperCase(Locale.ROOT);
        try {
            this.interleave = EnviInterleave.valueOf(il);
        } catch (IllegalArgumentException e) {
            throw new SpectralFileException(file, "interleave", "expected bsq, bil or bip, found "
                    + entries.get("interleave"));
        }
        long bo = optionalLong("byte order", 0);
        if (bo != 0 && bo != 1) {
            throw new SpectralFileException(file, "byte order", "expected 0 (little endian) or 1 (big endian), found "
                    + bo);
        }
        this.byteOrder = bo == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        this.wavelengths = optionalNumbers("wavelength");
        this.fwhm = optionalNumbers("fwhm");
        this.wavelengthUnits = entries.containsKey("wavelength units") ? entries.get("wavelength units").trim() : null;
        List<String> names = list("band names");
        if (names != null && names.size() != bands) {
            throw countMismatch("band names", names.size());
        }
        this.bandNames = names == null ? null : names.toArray(new String[0]);
        String ignore = entries.get("data ignore value");
        this.dataIgnoreValue = ignore == null ? null : parseDouble("data ignore value", ignore.trim());
        double[] bbl = optionalNumbers("bbl");
        if (bbl != null) {
            this.badBands = new boolean[bands];
            for (int b = 0; b < bands; b++) {
                badBands[b] = bbl[b] == 0;
            }
        } else {
            this.badBands = null;
        }
    }

    /**
     * Reads and parses a header file.
     *
     * @throws SpectralFileException when the file is missing, empty, not an ENVI header, or a required key is
     *                               missing or invalid
     */
    public static EnviHeader read(Path hdr) throws SpectralFileException {
        byte[] bytes;
        try {
            long size = Files.size(hdr);
            if (size > MAX_HEADER_BYTES) {
                throw new SpectralFileException(hdr, "header", "expected an ENVI header of at most " + MAX_HEADER_BYTES
                        + " bytes, found " + size + " bytes");
            }
            bytes = Files.readAllBytes(hdr);
        } catch (NoSuchFileException e) {
            throw new SpectralFileException(hdr, "header", "the file does not exist", e);
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SpectralFileException(hdr, "header", "cannot be read: " + e.getMessage(), e);
        }
        return parse(hdr, new String(bytes, StandardCharsets.UTF_8));
    }

    /** Parses header text; {@code file} only names the source in error messages. */
    public static EnviHeader parse(Path file, String text) throws SpectralFileException {
        String[] rows = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < rows.length && rows[i].trim().isEmpty()) {
            i++;
        }
        if (i == rows.length) {
            throw new SpectralFileException(file, "line 1", "expected the magic line 'ENVI', found an empty file");
        }
        if (!rows[i].trim().equalsIgnoreCase("ENVI")) {
            throw new SpectralFileException(file, "line " + (i + 1), "expected the magic line 'ENVI', found '"
                    + abbreviate(rows[i]) + "'");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (i++; i < rows.length; i++) {
            String row = rows[i];
            String trimmed = row.trim();
            if (trimmed.isEmpty() || trimmed.startsWith(";")) {
                continue;
            }
            int eq = row.indexOf('=');
            if (eq < 0) {
                throw new SpectralFileException(file, "line " + (i + 1), "expected 'key = value', found '"
                        + abbreviate(row) + "'");
            }
            String key = row.substring(0, eq).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            String value = row.substring(eq + 1).trim();
            if (value.isEmpty() && i + 1 < rows.length && rows[i + 1].trim().startsWith("{")) {
                value = rows[++i].trim(); // "key =" with the '{' list opening on the next line
            }
            if (value.startsWith("{")) {
                int start = i;
                StringBuilder sb = new StringBuilder(value);
                int close;
                while ((close = closingBrace(sb)) < 0) {
                    i++;
                    if (i == rows.length) {
                        // an unbalanced '{' in free text: the first '}' ends the value, as ENVI itself reads it
                        close = sb.indexOf("}");
                        if (close < 0) {
                            throw new SpectralFileException(file, key, "expected '}' closing the '{' opened on line "
                                    + (start + 1) + ", found the end of the file");
                        }
                        i = start + (int) sb.chars().limit(close).filter(c -> c == '\n').count();
                        break;
                    }
                    sb.append('\n').append(rows[i]);
                }
                value = sb.substring(1, close).trim();
                entries.put(key, "{" + value + "}");
            } else {
                entries.put(key, value);
            }
        }
        return new EnviHeader(file, libraryAsColumn(file, entries));
    }

    /** The header file this was read from (may be null for parsed text). */
    public Path file() {
        return file;
    }

    /** Every key (lower-case) with its raw value; list values keep their braces. */
    public Map<String, String> entries() {
        return entries;
    }

    public int samples() {
        return samples;
    }

    public int lines() {
        return lines;
    }

    public int bands() {
        return bands;
    }

    public long headerOffset() {
        return headerOffset;
    }

    public EnviDataType dataType() {
        return dataType;
    }

    public EnviInterleave interleave() {
        return interleave;
    }

    public ByteOrder byteOrder() {
        return byteOrder;
    }

    public Optional<double[]> wavelengths() {
        return Optional.ofNullable(wavelengths == null ? null : wavelengths.clone());
    }

    public Optional<String> wavelengthUnits() {
        return Optional.ofNullable(wavelengthUnits);
    }

    public Optional<double[]> fwhm() {
        return Optional.ofNullable(fwhm == null ? null : fwhm.clone());
    }

    public Optional<String[]> bandNames() {
        return Optional.ofNullable(bandNames == null ? null : bandNames.clone());
    }

    public Optional<Double> dataIgnoreValue() {
        return Optional.ofNullable(dataIgnoreValue);
    }

    /** Bad-band flags from {@code bbl} (true = bad), one per band; empty when the header has no bbl. */
    public Optional<boolean[]> badBands() {
        return Optional.ofNullable(badBands == null ? null : badBands.clone());
    }

    /** {@code map info} as written (without braces), if present. */
    public Optional<String> mapInfo() {
        String v = entries.get("map info");
        return Optional.ofNullable(v == null ? null : stripBraces(v));
    }

    /** Size of the data in bytes, samples × lines × bands × bytes per sample, or −1 when it overflows a long. */
    public long dataBytes() {
        try {
            return Math.multiplyExact(Math.multiplyExact(Math.multiplyExact((long) samples, lines), bands),
                    dataType.bytes());
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /**
     * The band axis: the {@code wavelength} list (unit from {@code wavelength units}, normalised to "nm", "µm",
     * "cm-1", … or "" when unknown), else band names of the form "number unit" when every name has that form,
     * else band indices; {@code fwhm} and {@code band names} are attached when present.
     */
    public BandAxis bandAxis() {
        if (wavelengths != null) {
            return BandAxis.of(wavelengths, normaliseUnit(wavelengthUnits), fwhm, bandNames);
        }
        if (bandNames != null) {
            double[] v = new double[bands];
            String unit = null;
            boolean all = true;
            for (int b = 0; b < bands && all; b++) {
                Matcher m = NUMBER_WITH_UNIT.matcher(bandNames[b]);
                if (m.matches() && m.group(2) != null) {
                    v[b] = Double.parseDouble(m.group(1));
                    String u = normaliseUnit(m.group(2));
                    all = Double.isFinite(v[b]) && (unit == null || unit.equals(u));
                    unit = u;
                } else {
                    all = false;
                }
            }
            if (all) {
                return BandAxis.of(v, unit, fwhm, bandNames);
            }
        }
        double[] idx = BandAxis.indices(bands).values();
        return BandAxis.of(idx, BandAxis.INDEX_UNIT, fwhm, bandNames);
    }

    /** Maps ENVI's unit words to short symbols; unknown words are kept, "Unknown" and absent become "". */
    static String normaliseUnit(String u) {
        if (u == null) {
            return "";
        }
        switch (u.trim().toLowerCase(Locale.ROOT)) {
            case "nanometers":
            case "nanometer":
            case "nm":
                return "nm";
            case "micrometers":
            case "micrometer":
            case "microns":
            case "micron":
            case "um":
            case "µm":
                return "µm";
            case "millimeters":
            case "mm":
                return "mm";
            case "centimeters":
            case "cm":
                return "cm";
            case "meters":
            case "m":
                return "m";
            case "wavenumber":
                return "cm-1";
            case "ghz":
                return "GHz";
            case "mhz":
                return "MHz";
            case "index":
                return BandAxis.INDEX_UNIT;
            case "unknown":
            case "":
                return "";
            default:
                return u.trim();
        }
    }

    private int requiredDimension(String key) throws SpectralFileException {
        long v = requiredLong(key);
        if (v < 1 || v > Integer.MAX_VALUE) {
            throw new SpectralFileException(file, key, "expected an integer between 1 and " + Integer.MAX_VALUE
                    + ", found " + entries.get(key));
        }
        return (int) v;
    }

    private long requiredLong(String key) throws SpectralFileException {
        if (!entries.containsKey(key)) {
            throw new SpectralFileException(file, key, "required key is missing; expected a line '" + key
                    + " = <integer>'");
        }
        return parseLong(key, entries.get(key));
    }

    private long optionalLong(String key, long def) throws SpectralFileException {
        if (!entries.containsKey(key)) {
            return def;
        }
        long v = parseLong(key, entries.get(key));
        if (v < 0) {
            throw new SpectralFileException(file, key, "expected an integer >= 0, found " + v);
        }
        return v;
    }

    private long parseLong(String key, String raw) throws SpectralFileException {
        String s = raw.trim();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new SpectralFileException(file, key, "expected an integer, found '" + abbreviate(s) + "'");
        }
    }

    private double parseDouble(String key, String s) throws SpectralFileException {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new SpectralFileException(file, key, "expected a number, found '" + abbreviate(s) + "'");
        }
    }

    private List<String> list(String key) {
        String raw = entries.get(key);
        if (raw == null) {
            return null;
        }
        String inner = stripBraces(raw);
        List<String> out = new ArrayList<>();
        if (inner.isEmpty()) {
            return out;
        }
        for (String part : inner.split(",", -1)) {
            out.add(part.trim());
        }
        return out;
    }

    private double[] optionalNumbers(String key) throws SpectralFileException {
        List<String> parts = list(key);
        if (parts == null) {
            return null;
        }
        if (parts.size() != bands) {
            throw countMismatch(key, parts.size());
        }
        double[] v = new double[parts.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parseDouble(key + " entry " + (i + 1), parts.get(i));
            if (!Double.isFinite(v[i])) {
                throw new SpectralFileException(file, key + " entry " + (i + 1), "expected a finite number, found "
                        + parts.get(i));
            }
        }
        return v;
    }

    private SpectralFileException countMismatch(String key, int found) {
        return new SpectralFileException(file, key, "expected " + bands + " entries (one per band), found " + found);
    }

    private static String stripBraces(String v) {
        String s = v.trim();
        if (s.startsWith("{") && s.endsWith("}")) {
            return s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /**
     * The index of the '}' that closes the '{' at index 0, counting nested pairs so that a long free-text value
     * (a {@code description} quoting "{W/m^2/sr/nm}") runs to its own end; -1 when not closed yet.
     */
    private static int closingBrace(CharSequence s) {
        int depth = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A spectral library ({@code file type = ENVI Spectral Library}, data usually {@code .sli}) stores
     * {@code lines} spectra of {@code samples} channels as one band, with one {@code wavelength} per channel. Byte
     * for byte that is a column of {@code lines} pixels with {@code samples} bands in BIP order, so the entries are
     * rewritten to that and the library reads as spectra × bands, as SPy reads it.
     *
     * @throws SpectralFileException when the library declares more than one band
     */
    private static Map<String, String> libraryAsColumn(Path file, Map<String, String> entries)
            throws SpectralFileException {
        if (!entries.getOrDefault("file type", "").trim().equalsIgnoreCase("ENVI Spectral Library")) {
            return entries;
        }
        String bands = entries.getOrDefault("bands", "1").trim();
        if (!bands.equals("1")) {
            throw new SpectralFileException(file, "bands", "expected 1 in an ENVI spectral library (spectra are lines, "
                    + "channels are samples), found " + SafeText.line(bands));
        }
        Map<String, String> column = new LinkedHashMap<>(entries);
        column.put("samples", "1");
        column.put("bands", entries.getOrDefault("samples", ""));
        column.put("interleave", "bip");
        column.remove("band names"); // the library's single band's name, not the channels'
        return column;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
