package io.spikemix.engine.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Reads a pixels × features table of numbers from a delimited text file, strictly.
 *
 * <ul>
 * <li>The delimiter is the most frequent of comma, semicolon and tab in the first line; numbers use a decimal
 * point. Blank lines are ignored.</li>
 * <li>The first line is a header when any of its fields is not a number. Header columns named {@code x} and
 * {@code y} (any case) are integer pixel coordinates ≥ 0: the image is then (max y + 1) × (max x + 1) and pixels
 * without a line are masked. All other columns are features. When every feature name is a number (wavelengths,
 * m/z) those become the band axis values (unit unknown, ""); otherwise the axis is the band index with the column
 * names as band names.</li>
 * <li>Without coordinates the result is a {@link SpectralCube#table table} in file order.</li>
 * <li>{@code NaN}, {@code Inf}, {@code -Inf} (any case, also {@code Infinity}) are read as they are.</li>
 * </ul>
 *
 * <p>Every error is a {@link SpectralFileException} naming the line and column, both counted from 1 as in an editor
 * or spreadsheet. The rows are held as float arrays while reading and copied once into the matrix; CSV is meant for
 * small and medium tables, large cubes belong in {@code .npy} or ENVI files. Time O(N·d).
 */
public final class CsvSpectraReader {

    private static final char[] DELIMITERS = { ',', ';', '\t' };

    private CsvSpectraReader() {
    }

    /** {@link #read(Path, ProgressMonitor)} without progress reporting. */
    public static SpectralCube read(Path file) throws SpectralFileException {
        try {
            return read(file, ProgressMonitor.NONE);
        } catch (CanceledException e) {
            throw new IllegalStateException("a monitor that never cancels cancelled", e);
        }
    }

    /**
     * Reads the table.
     *
     * @throws SpectralFileException naming file, line and column for anything that is not a rectangular table of
     *                               numbers with valid coordinates
     */
    public static SpectralCube read(Path file, ProgressMonitor monitor) throws SpectralFileException, CanceledException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Parse(file).run(in, monitor);
        } catch (NoSuchFileException e) {
            throw new SpectralFileException(file, null, "file not found");
        } catch (CharacterCodingException e) {
            throw new SpectralFileException(file, null, "is not UTF-8 text; expected a delimited table of numbers", e);
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SpectralFileException(file, null, "cannot be read: " + e, e);
        }
    }

    /** The state of one read. */
    private static final class Parse {
        private final Path file;
        private char delimiter;
        private int columns;
        private int xColumn = -1;
        private int yColumn = -1;
        private int[] featureColumns;
        private final List<float[]> rows = new ArrayList<>();
        private final List<int[]> coordinates = new ArrayList<>();
        private final List<Integer> lineNumbers = new ArrayList<>();
        private String[] featureNames;

        Parse(Path file) {
            this.file = file;
        }

        SpectralCube run(BufferedReader in, ProgressMonitor monitor) throws IOException, CanceledException {
            String line;
            int lineNo = 0;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo % 4096 == 0) {
                    monitor.checkCanceled();
                    int n = lineNo;
                    monitor.setProgress(Double.NaN, () -> String.format(Locale.ROOT, "Reading %s: line %,d", file.getFileName(), n));
                }
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (first) {
                    first = false;
                    if (firstLine(line, lineNo)) {
                        continue;
                    }
                }
                dataLine(line, lineNo);
            }
            if (first) {
                throw new SpectralFileException(file, null, "the file is empty; expected a table of numbers, one pixel per line");
            }
            if (rows.isEmpty()) {
                throw new SpectralFileException(file, "line " + lineNo, "the file has a header but no data lines");
            }
            return build(monitor);
        }

        /** Detects the delimiter and the header; returns true when the line is a header. */
        private boolean firstLine(String line, int lineNo) throws SpectralFileException {
            int best = 0;
            delimiter = ',';
            for (char c : DELIMITERS) {
                int count = (int) line.chars().filter(ch -> ch == c).count();
                if (count > best) {
                    best = count;
                    delimiter = c;
                }
            }
            String[] fields = split(line);
            columns = fields.length;
            boolean header = Arrays.stream(fields).anyMatch(f -> parseNumber(f) == null);
            List<Integer> features = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String name = header ? unquote(fields[c]) : null;
                if (header && name.equalsIgnoreCase("x") && xColumn < 0) {
                    xColumn = c;
                } else if (header && name.equalsIgnoreCase("y") && yColumn < 0) {
                    yColumn = c;
                } else {
                    features.add(c);
                    names.add(name);
                }
            }
            if ((xColumn < 0) != (yColumn < 0)) {
                throw new SpectralFileException(file, "line " + lineNo + ", column " + (Math.max(xColumn, yColumn) + 1),
                        "found a '" + (xColumn < 0 ? "y" : "x") + "' column without '" + (xColumn < 0 ? "x" : "y")
                                + "'; pixel coordinates need both columns");
            }
            if (features.isEmpty()) {
                throw new SpectralFileException(file, "line " + lineNo, "no feature columns besides 'x' and 'y'");
            }
            featureColumns = features.stream().mapToInt(Integer::intValue).toArray();
            featureNames = header ? names.toArray(new String[0]) : null;
            return header;
        }

        private void dataLine(String line, int lineNo) throws SpectralFileException {
            String[] fields = split(line);
            if (fields.length != columns) {
                throw new SpectralFileException(file, "line " + lineNo, "expected " + columns + " values like the first "
                        + "line, found " + fields.length + " (delimiter '" + (delimiter == '\t' ? "\\t" : delimiter) + "')");
            }
            float[] row = new float[featureColumns.length];
            for (int j = 0; j < row.length; j++) {
                int c = featureColumns[j];
                Double v = parseNumber(fields[c]);
                if (v == null) {
                    throw new SpectralFileException(file, "line " + lineNo + ", column " + (c + 1), "expected a number, found '"
                            + fields[c].strip() + "'");
                }
                // parse straight to float: decimal -> double -> float could round twice
                row[j] = Double.isFinite(v) ? Float.parseFloat(fields[c].strip()) : v.floatValue();
            }
            if (xColumn >= 0) {
                coordinates.add(new int[] { coordinate(fields[xColumn], lineNo, xColumn, "x"),
                        coordinate(fields[yColumn], lineNo, yColumn, "y") });
                lineNumbers.add(lineNo);
            }
            rows.add(row);
        }

        private int coordinate(String field, int lineNo, int column, String name) throws SpectralFileException {
            String s = field.strip();
            try {
                int v = Integer.parseInt(s);
                if (v >= 0) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below with the expectation
            }
            throw new SpectralFileException(file, "line " + lineNo + ", column " + (column + 1), "expected the pixel "
                    + "coordinate '" + name + "' as an integer >= 0, found '" + s + "'");
        }

        private SpectralCube build(ProgressMonitor monitor) throws SpectralFileException, CanceledException {
            int d = featureColumns.length;
            BandAxis axis = axis(d);
            int n = rows.size();
            if (xColumn < 0) {
                SpectralMatrix m = SpectralMatrix.allocate(n, d);
                for (int i = 0; i < n; i++) {
                    m.setRow(i, rows.get(i));
                }
                return SpectralCube.table(m, axis);
            }
            long width = 0;
            long height = 0;
            for (int[] xy : coordinates) {
                width = Math.max(width, xy[0] + 1L);
                height = Math.max(height, xy[1] + 1L);
            }
            ReaderSupport.checkImageFill(file, "columns 'x', 'y'", height, width, n);
            long[] keyed = new long[n];
            for (int i = 0; i < n; i++) {
                int[] xy = coordinates.get(i);
                keyed[i] = ((long) xy[1] * width + xy[0]) << 32 | i;
            }
            monitor.checkCanceled();
            Arrays.sort(keyed);
            int[] pixelIndex = new int[n];
            SpectralMatrix m = SpectralMatrix.allocate(n, d);
            for (int r = 0; r < n; r++) {
                int i = (int) keyed[r];
                pixelIndex[r] = (int) (keyed[r] >>> 32);
                if (r > 0 && pixelIndex[r] == pixelIndex[r - 1]) {
                    int[] xy = coordinates.get(i);
                    int other = lineNumbers.get((int) keyed[r - 1]);
                    throw new SpectralFileException(file, "line " + lineNumbers.get(i), "pixel (x=" + xy[0] + ", y=" + xy[1]
                            + ") was already given on line " + other + "; each pixel may appear once");
                }
                m.setRow(r, rows.get(i));
            }
            return SpectralCube.masked((int) height, (int) width, m, pixelIndex, axis, Map.of());
        }

        private BandAxis axis(int d) {
            if (featureNames == null) {
                return BandAxis.indices(d);
            }
            double[] values = new double[d];
            boolean numeric = true;
            for (int j = 0; j < d && numeric; j++) {
                Double v = parseNumber(featureNames[j]);
                numeric = v != null && Double.isFinite(v);
                values[j] = numeric ? v : 0;
            }
            if (numeric) {
                return BandAxis.of(values, "");
            }
            return BandAxis.of(BandAxis.indices(d).values(), BandAxis.INDEX_UNIT, null, featureNames);
        }

        private String[] split(String line) {
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == delimiter) {
                    out.add(line.substring(start, i));
                    start = i + 1;
                }
            }
            return out.toArray(new String[0]);
        }
    }

    private static String unquote(String field) {
        String s = field.strip();
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** The field as a number, or null; accepts Java syntax and NumPy/R spellings of NaN and infinity. */
    static Double parseNumber(String field) {
        String s = field.strip();
        if (s.isEmpty()) {
            return null;
        }
        switch (s.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf":
            case "+inf":
            case "infinity":
            case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        char last = s.charAt(s.length() - 1);
        if (!Character.isDigit(last) && last != '.') {
            return null; // Double.parseDouble would accept suffixes such as "1f" or "2d"
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
