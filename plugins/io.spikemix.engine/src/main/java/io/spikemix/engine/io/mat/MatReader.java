package io.spikemix.engine.io.mat;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.spikemix.engine.data.BandAxis;
import io.spikemix.engine.data.SpectralCube;
import io.spikemix.engine.data.SpectralMatrix;
import io.spikemix.engine.io.MatLayout;
import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.ReaderSupport;
import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.MatFile;
import us.hebi.matlab.mat.types.MatlabType;
import us.hebi.matlab.mat.types.Matrix;

/**
 * Reads a spectral cube from a MATLAB {@code .mat} file: level 5 (through MFL) or 7.3 (an HDF5 file, through jHDF).
 *
 * <p>The cube variable is the one named in the options or else the only 3-D numeric array (an error lists the
 * candidates with their shapes otherwise). Layouts ({@link MatLayout}): a lines × samples × bands array, or a 2-D
 * bands × pixels or pixels × bands matrix with user-given lines and samples, whose pixels MATLAB numbers
 * column-major ({@code p = row + lines · col}). Version 7.3 files store MATLAB arrays transposed in HDF5, so the
 * HDF5 dimensions are reversed to get MATLAB's and the flat order is already column-major. The band axis is the
 * optional wavelength variable (option, or a vector named wavelength(s), wl or lambda of length bands; unit
 * unknown, ""), else band indices.
 *
 * <p>Both libraries hold the file's arrays in memory, so memory is about the file's uncompressed size plus the
 * float32 matrix. Time O(values).
 */
public final class MatReader {

    private static final Set<String> WAVELENGTH_NAMES = Set.of("wavelength", "wavelengths", "wl", "lambda",
            "wavelength_nm");
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1A, '\n'};

    private MatReader() {
    }

    /** Reads the cube variable of a .mat file. */
    public static SpectralCube read(Path file, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        monitor.setProgress(0, "Reading " + file.getFileName());
        if (isHdf5(file)) {
            Hdf5Length.check(file);
            try (HdfFile hdf = new HdfFile(file)) {
                return build(file, hdf5Arrays(file, hdf), options, monitor);
            } catch (SpectralFileException e) {
                throw e;
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                throw libraryError(file, "MATLAB 7.3 (HDF5)", e);
            }
        }
        Mat5File mat = readMat5(file);
        try {
            monitor.checkCanceled();
            return build(file, mat5Arrays(mat), options, monitor);
        } catch (RuntimeException e) {
            throw libraryError(file, "MATLAB 5", e);
        } finally {
            try {
                mat.close();
            } catch (IOException e) {
                // the arrays are in memory; a failing close loses nothing
            }
        }
    }

    /**
     * The names and shapes ("95x95x156 double") of the numeric variables of a file, for choosing one.
     */
    public static Map<String, String> listVariables(Path file) throws SpectralFileException {
        List<MatArray> arrays;
        if (isHdf5(file)) {
            Hdf5Length.check(file);
            try (HdfFile hdf = new HdfFile(file)) {
                arrays = hdf5Arrays(file, hdf);
            } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                throw libraryError(file, "MATLAB 7.3 (HDF5)", e);
            }
        } else {
            try (Mat5File mat = readMat5(file)) {
                arrays = mat5Arrays(mat);
            } catch (SpectralFileException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw libraryError(file, "MATLAB 5", e);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (MatArray a : arrays) {
            out.put(a.name(), a.shape() + " " + a.className());
        }
        return out;
    }

    /** Parses a level-5 file with MFL, after {@link Mat5Structure} checked it; miUTF8 names are retagged first. */
    private static Mat5File readMat5(Path file) throws SpectralFileException {
        Mat5Structure.check(file);
        try {
            return Mat5.readFromFile(file.toFile());
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            if (!Mat5Utf8Names.isUtf8NameRefusal(e)) {
                throw libraryError(file, "MATLAB 5", e);
            }
        }
        try {
            return Mat5.newReader(us.hebi.matlab.mat.types.Sources.wrap(Mat5Utf8Names.retagged(file))).readMat();
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw libraryError(file, "MATLAB 5", e);
        }
    }

    /**
     * The libraries parse nested cells and structs recursively and give no depth limit; a file nesting thousands
     * of them overflows the stack inside the library, which is caught here (the stack is unwound by then) and
     * reported like any other undecodable file.
     */
    private static SpectralFileException libraryError(Path file, String format, Throwable e) {
        String what = e instanceof OutOfMemoryError ? "declares arrays larger than the free memory"
                : e instanceof StackOverflowError ? "nests cells or structs more deeply than can be followed"
                : "cannot be decoded (" + SpectralFileException.reason(e) + ")";
        return new SpectralFileException(file, format, "the file " + what + "; expected a valid " + format + " file",
                e);
    }

    /** True when the file is HDF5: signature at byte 0 or, after MATLAB's 512-byte user block, at byte 512. */
    static boolean isHdf5(Path file) throws SpectralFileException {
        byte[] head = new byte[520];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new SpectralFileException(file, "MAT header", "cannot be read: " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new SpectralFileException(file, "MAT header", "the file is empty; expected a MATLAB .mat file");
        }
        if (!startsWith(head, 0, n) && !startsWith(head, 512, n) && isMat4(head, n)) {
            throw new SpectralFileException(file, "MAT header", "MATLAB v4 is not supported; save with -v7 or -v7.3");
        }
        if (n < 128 && !startsWith(head, 0, n)) {
            throw new SpectralFileException(file, "MAT header", "expected a 128-byte MATLAB header, found " + n
                    + " bytes");
        }
        return startsWith(head, 0, n) || startsWith(head, 512, n);
    }

    /**
     * True for a MATLAB v4 file: no level-5 endian mark ("IM"/"MI" at bytes 126-127) and a first matrix header
     * whose type word MOPT (either byte order) has M ≤ 4, O = 0, P ≤ 5, T ≤ 2, with rows, columns, imaginary flag
     * and name length that make sense.
     */
    static boolean isMat4(byte[] head, int n) {
        if (n < 20 || (n >= 128 && (head[126] == 'I' && head[127] == 'M' || head[126] == 'M' && head[127] == 'I'))) {
            return false;
        }
        for (java.nio.ByteOrder order : new java.nio.ByteOrder[] { java.nio.ByteOrder.LITTLE_ENDIAN,
            java.nio.ByteOrder.BIG_ENDIAN }) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(head, 0, 20).order(order);
            int mopt = b.getInt();
            int rows = b.getInt();
            int cols = b.getInt();
            int imag = b.getInt();
            int nameLength = b.getInt();
            int m = mopt / 1000;
            int o = mopt / 100 % 10;
            int p = mopt / 10 % 10;
            int t = mopt % 10;
            if (mopt >= 0 && m <= 4 && o == 0 && p <= 5 && t <= 2 && rows >= 0 && cols >= 0 && (imag == 0 || imag == 1)
                    && nameLength > 0 && nameLength <= 64) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] head, int at, int n) {
        if (n < at + HDF5_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < HDF5_SIGNATURE.length; i++) {
            if (head[at + i] != HDF5_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static List<MatArray> mat5Arrays(MatFile mat) {
        List<MatArray> out = new ArrayList<>();
        for (MatFile.Entry e : mat.getEntries()) {
            Array a = e.getValue();
            if (!(a instanceof Matrix) || isNonNumeric(a.getType())) {
                continue;
            }
            Matrix m = (Matrix) a;
            if (m.isComplex() || m.getNumElements() == 0) {
                continue;
            }
            boolean unsigned = a.getType() == MatlabType.UInt8 || a.getType() == MatlabType.UInt16
                    || a.getType() == MatlabType.UInt32;
            MatlabType type = a.getType();
            out.add(new MatArray(e.getName(), a.getDimensions(), type.toString().toLowerCase(Locale.ROOT)) {
                @Override
                float get(long linear) {
                    int i = (int) linear;
                    if (type == MatlabType.Single) {
                        return m.getFloat(i);
                    }
                    if (unsigned) {
                        return m.getLong(i) & (type == MatlabType.UInt8 ? 0xFFL
                                : type == MatlabType.UInt16 ? 0xFFFFL : 0xFFFFFFFFL);
                    }
                    // signed integer classes whose data a writer tagged unsigned (miUINT32 for int32): the class
                    // decides, so the stored bits are read back as the signed type, as scipy does
                    if (type == MatlabType.Int32) {
                        return (int) m.getLong(i);
                    }
                    if (type == MatlabType.Int16) {
                        return (short) m.getLong(i);
                    }
                    if (type == MatlabType.Int8) {
                        return (byte) m.getLong(i);
                    }
                    return (float) m.getDouble(i);
                }
            });
        }
        return out;
    }

    private static boolean isNonNumeric(MatlabType t) {
        return t == MatlabType.Cell || t == MatlabType.Structure || t == MatlabType.Object || t == MatlabType.Character
                || t == MatlabType.Sparse || t == MatlabType.Function || t == MatlabType.Opaque;
    }

    private static List<MatArray> hdf5Arrays(Path file, HdfFile hdf) throws SpectralFileException {
        List<MatArray> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : hdf.getChildren().entrySet()) {
            if (!(e.getValue() instanceof Dataset) || e.getValue().isGroup()) {
                continue;
            }
            Dataset ds = (Dataset) e.getValue();
            if (ds.isScalar() || ds.isEmpty() || ds.isCompound() || ds.isVariableLength()) {
                continue;
            }
            Attribute cls = ds.getAttribute("MATLAB_class");
            String className = cls == null ? "" : String.valueOf(cls.getData());
            if (className.equals("char") || className.equals("logical") || className.equals("cell")) {
                continue;
            }
            int[] h = ds.getDimensions();
            int[] dims = new int[Math.max(2, h.length)];
            java.util.Arrays.fill(dims, 1);
            for (int i = 0; i < h.length; i++) {
                dims[i] = h[h.length - 1 - i];
            }
            long elements = 1;
            for (int d : dims) {
                elements *= d;
            }
            if (elements > Integer.MAX_VALUE - 8) {
                throw new SpectralFileException(file, e.getKey(), "expected at most " + (Integer.MAX_VALUE - 8)
                        + " values in one variable, found " + elements);
            }
            Object flat = ds.getDataFlat();
            MatArray a = wrapFlat(e.getKey(), dims, className, flat);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static MatArray wrapFlat(String name, int[] dims, String className, Object flat) {
        boolean unsigned = className.startsWith("uint");
        String cls = className.isEmpty() ? flat.getClass().getComponentType().getSimpleName() : className;
        if (flat instanceof double[]) {
            double[] v = (double[]) flat;
            return new MatArray(name, dims, cls) {
                @Override
                float get(long i) {
                    return (float) v[(int) i];
                }
            };
        } else if (flat instanceof float[]) {
            float[] v = (float[]) flat;
            return new MatArray(name, dims, cls) {
                @Override
                float get(long i) {
                    return v[(int) i];
                }
            };
        } else if (flat instanceof byte[]) {
            byte[] v = (byte[]) flat;
            return new MatArray(name, dims, cls) {
                @Override
                float get(long i) {
                    return unsigned ? v[(int) i] & 0xFF : v[(int) i];
                }
            };
        } else if (flat instanceof short[]) {
            short[] v = (short[]) flat;
            return new MatArray(name, dims, cls) {
                @Override
                float get(long i) {
                    return unsigned ? v[(int) i] & 0xFFFF : v[(int) i];
                }
            };
        } else if (flat instanceof int[]) {
            int[] v = (int[]) flat;
            return new MatArray(name, dims, cls) {
                @Override
                float get(long i) {
                    return unsigned ? v[(int) i] & 0xFFFFFFFFL : v[(int) i];
                }
            };
        } else if (flat instanceof long[]) {
            long[] v = (long[]) flat;
            return new MatArray(name, dims, cls) {
                @Override
                float get(long i) {
                    return v[(int) i];
                }
            };
        }
        return null;
    }

    private static SpectralCube build(Path file, List<MatArray> arrays, ReadOptions options, ProgressMonitor monitor)
            throws SpectralFileException, CanceledException {
        MatArray cube = choose(file, arrays, options);
        int[] d = cube.dims();
        int rank = cube.rank();
        MatLayout layout = options.matLayout();
        int lines;
        int cols;
        int bands;
        if (rank == 3) {
            if (layout == MatLayout.BANDS_BY_PIXELS || layout == MatLayout.PIXELS_BY_BANDS) {
                throw new SpectralFileException(file, cube.name(), "the " + layout + " layout needs a 2-D matrix; "
                        + "found a " + cube.shape() + " array (expected rank 2)");
            }
            layout = MatLayout.HEIGHT_WIDTH_BANDS;
            lines = d[0];
            cols = d[1];
            bands = d[2];
        } else if (rank == 2) {
            if (layout == MatLayout.HEIGHT_WIDTH_BANDS) {
                throw new SpectralFileException(file, cube.name(), "the HEIGHT_WIDTH_BANDS layout needs a 3-D array; "
                        + "found a " + cube.shape() + " matrix (expected rank 3)");
            }
            lines = options.matLines();
            cols = options.matCols();
            if (lines == 0) {
                throw new SpectralFileException(file, cube.name(), "a 2-D matrix (" + cube.shape() + ") needs the "
                        + "image lines and columns; expected them in the options (matShape)");
            }
            long pixels = (long) lines * cols;
            if (layout == MatLayout.AUTO) {
                layout = d[1] == pixels ? MatLayout.BANDS_BY_PIXELS : d[0] == pixels ? MatLayout.PIXELS_BY_BANDS : null;
            }
            int pixelDim = layout == MatLayout.BANDS_BY_PIXELS ? 1 : 0;
            if (layout == null || d[pixelDim] != pixels) {
                throw new SpectralFileException(file, cube.name(), "expected a dimension of lines x columns = "
                        + pixels + " pixels" + (layout == null ? "" : " as dimension " + (pixelDim + 1))
                        + ", found " + cube.shape());
            }
            bands = d[1 - pixelDim];
        } else {
            throw new SpectralFileException(file, cube.name(), "expected a 3-D (lines x samples x bands) array or a "
                    + "2-D matrix, found rank " + rank + " (" + cube.shape() + ")");
        }
        BandAxis fullAxis = axis(file, arrays, options, bands);
        int[] keep = ReaderSupport.selectBands(file, fullAxis, null, options);
        BandAxis axis = ReaderSupport.isAll(keep, bands) ? fullAxis : fullAxis.select(keep);
        long nPixels = (long) lines * cols;
        ReaderSupport.checkAllocation(file, cube.name(), nPixels, keep.length);
        SpectralMatrix m = SpectralMatrix.allocate((int) nPixels, keep.length);
        for (int y = 0; y < lines; y++) {
            monitor.checkCanceled();
            for (int x = 0; x < cols; x++) {
                int row = y * cols + x;
                float[] block = m.blockOf(row);
                int off = m.offsetOf(row);
                // MATLAB's column-major pixel number; lines x samples x bands and pixels x bands then share the
                // linear index p + pixels * b, bands x pixels uses b + bands * p
                long p = y + (long) lines * x;
                for (int j = 0; j < keep.length; j++) {
                    int b = keep[j];
                    long linear = layout == MatLayout.BANDS_BY_PIXELS ? b + (long) bands * p : p + nPixels * b;
                    block[off + j] = cube.get(linear);
                }
            }
            double f = (double) (y + 1) / lines;
            monitor.setProgress(f, () -> "Converting " + cube.name());
        }
        Map<String, String> md = new LinkedHashMap<>();
        md.put("format", "MAT");
        md.put("file", file.toString());
        md.put("mat.variable", cube.name());
        md.put("mat.shape", cube.shape());
        md.put("mat.class", cube.className());
        md.put("mat.layout", layout.toString());
        SpectralCube result = SpectralCube.masked(lines, cols, m, null, axis, md);
        return ReaderSupport.finish(file, result, options, monitor);
    }

    private static MatArray choose(Path file, List<MatArray> arrays, ReadOptions options)
            throws SpectralFileException {
        String listing = arrays.isEmpty() ? "none" : arrays.stream().map(MatArray::toString)
                .collect(Collectors.joining(", "));
        if (options.matVariable().isPresent()) {
            String name = options.matVariable().get();
            for (MatArray a : arrays) {
                if (a.name().equals(name)) {
                    return a;
                }
            }
            throw new SpectralFileException(file, name, "expected a numeric variable of this name; the numeric "
                    + "variables are: " + listing);
        }
        List<MatArray> threeD = arrays.stream().filter(a -> a.rank() == 3).collect(Collectors.toList());
        if (threeD.size() == 1) {
            return threeD.get(0);
        }
        throw new SpectralFileException(file, "variable", "expected exactly one 3-D numeric array or a variable "
                + "named in the options, found " + threeD.size() + " 3-D arrays; the numeric variables are: " + listing);
    }

    private static BandAxis axis(Path file, List<MatArray> arrays, ReadOptions options, int bands)
            throws SpectralFileException {
        MatArray wl = null;
        if (options.matWavelengthVariable().isPresent()) {
            String name = options.matWavelengthVariable().get();
            for (MatArray a : arrays) {
                if (a.name().equals(name)) {
                    wl = a;
                }
            }
            if (wl == null) {
                throw new SpectralFileException(file, name, "expected a numeric wavelength vector of this name, "
                        + "found none");
            }
            if (!wl.isVector() || wl.elements() != bands) {
                throw new SpectralFileException(file, name, "expected a vector of " + bands + " wavelengths (one per "
                        + "band), found " + wl.shape());
            }
        } else {
            for (MatArray a : arrays) {
                if (WAVELENGTH_NAMES.contains(a.name().toLowerCase(Locale.ROOT)) && a.isVector()
                        && a.elements() == bands) {
                    wl = a;
                }
            }
        }
        if (wl == null) {
            return BandAxis.indices(bands);
        }
        double[] v = new double[bands];
        for (int b = 0; b < bands; b++) {
            v[b] = wl.get(b);
            if (!Double.isFinite(v[b])) {
                throw new SpectralFileException(file, wl.name() + " entry " + (b + 1), "expected a finite wavelength, "
                        + "found " + v[b]);
            }
        }
        return BandAxis.of(v, "");
    }
}
