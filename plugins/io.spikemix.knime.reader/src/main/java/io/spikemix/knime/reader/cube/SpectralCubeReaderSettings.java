package io.spikemix.knime.reader.cube;

import java.util.List;

import io.spikemix.knime.base.node.NodeDeclaration;
import io.spikemix.knime.base.node.PortDef;
import io.spikemix.knime.base.node.SettingDef;

/**
 * Settings and ports of the Spectral Cube Reader node, declared once for its model, dialog, description and test
 * workflows. Pure Java; {@link CubeReadSettings} maps the values to the engine's read options.
 */
public final class SpectralCubeReaderSettings {

    /** Format choices; {@code auto} decides by the file extension. */
    public static final String AUTO = "auto";
    public static final String ENVI = "envi";
    public static final String IMZML = "imzml";
    public static final String MAT = "mat";
    public static final String NPY = "npy";
    public static final String CSV = "csv";

    /** IMS peak picking choices. */
    public static final String PEAKS_NONE = "none";
    public static final String PEAKS_TOP_N = "top_n";
    public static final String PEAKS_SNR = "snr";

    /** Largest number of bands a user may allow: beyond this a table is not workable in KNIME. */
    static final int MAX_BANDS_LIMIT = 100_000;

    public static final SettingDef FILE = SettingDef.file("file", "File",
            List.of(".hdr", ".img", ".dat", ".raw", ".bsq", ".bil", ".bip", ".imzML", ".ibd", ".mat", ".npy", ".csv"),
            "The cube to read: an ENVI header (.hdr) or its data file, an imzML file (.imzML, with its .ibd "
                    + "beside it), a MATLAB file (.mat, v5 or v7.3), a NumPy array (.npy, H x W x B or N x B) or a CSV table of "
                    + "spectra (one pixel per line, optional x and y columns). A local path, a file: URL, or a knime:// URL "
                    + "of a local file, e.g. knime://knime.workflow/cube.npy for a cube stored inside the workflow "
                    + "folder, so that a shared workflow finds the data it carries.");

    public static final SettingDef FORMAT = SettingDef.choice("format", "Format", AUTO,
            List.of(AUTO, ENVI, IMZML, MAT, NPY, CSV),
            "auto (default) decides by the file extension; envi, imzml, mat, npy or csv read the file as that "
                    + "format whatever its name.");

    public static final SettingDef MAT_VARIABLE = SettingDef.string("matVariable", "MATLAB variable", "",
            "The variable holding the cube in a .mat file; empty (default) takes the only 3-D numeric array.");

    public static final SettingDef MAT_LAYOUT = SettingDef.choice("matLayout", "MATLAB layout", "auto",
            List.of("auto", "height_width_bands", "bands_by_pixels", "pixels_by_bands"),
            "How the MATLAB array holds the cube. auto: a 3-D array is lines x samples x bands. A 2-D matrix needs "
                    + "bands_by_pixels (one column per pixel) or pixels_by_bands (one row per pixel) and the image "
                    + "lines and columns; pixels are numbered column-major, as in MATLAB.");

    public static final SettingDef MAT_LINES = SettingDef.integer("matLines", "MATLAB image lines", 0, 0,
            Integer.MAX_VALUE, "Image lines (rows) of a 2-D MATLAB matrix; 0 (default) when not needed.");

    public static final SettingDef MAT_COLS = SettingDef.integer("matCols", "MATLAB image columns", 0, 0,
            Integer.MAX_VALUE, "Image columns (samples) of a 2-D MATLAB matrix; 0 (default) when not needed.");

    public static final SettingDef IMZML_AXIS = SettingDef.choice("imzmlAxis", "imzML m/z axis", "auto",
            List.of("auto", "bin", "peak_list"),
            "auto (default): continuous files are read as stored, processed files are binned with the m/z "
                    + "tolerance. bin: bins of the tolerance width over the m/z range. peak_list: one band per m/z "
                    + "of the peak list, summing intensities within the tolerance.");

    public static final SettingDef MZ_TOLERANCE = SettingDef.real("mzTolerance", "m/z tolerance", 10, 1e-9, 1e9,
            "Bin width or peak-matching tolerance for imzML and IMS peak picking, in the unit below. Default 10.");

    public static final SettingDef MZ_TOLERANCE_UNIT = SettingDef.choice("mzToleranceUnit", "m/z tolerance unit",
            "ppm", List.of("ppm", "da"), "ppm (default, relative to the m/z) or da (absolute, in m/z units).");

    public static final SettingDef PEAK_LIST = SettingDef.string("peakList", "Peak list", "",
            "The m/z values of the peak_list axis, separated by commas, semicolons or spaces, e.g. "
                    + "'885.55, 766.5'. Only used with imzML m/z axis peak_list.");

    public static final SettingDef PEAK_PICKING = SettingDef.choice("peakPicking", "IMS peak picking", PEAKS_NONE,
            List.of(PEAKS_NONE, PEAKS_TOP_N, PEAKS_SNR),
            "Reduces a mass spectrometry cube to peaks of its mean spectrum: none (default) keeps every band; "
                    + "top_n keeps the given number of most intense peaks; snr keeps peaks at least the minimum "
                    + "signal-to-noise ratio above the median (noise from the median absolute deviation). Each "
                    + "pixel's value at a peak is the sum of its intensities within the m/z tolerance.");

    public static final SettingDef PEAK_COUNT = SettingDef.integer("peakCount", "Number of peaks", 200, 1,
            MAX_BANDS_LIMIT, "The number of peaks top_n peak picking keeps. Default 200.");

    public static final SettingDef PEAK_SNR = SettingDef.real("peakSnr", "Minimum SNR", 3, 1e-6, 1e6,
            "The signal-to-noise ratio snr peak picking requires. Default 3.");

    public static final SettingDef IGNORE_VALUE = SettingDef.choice("ignoreValue", "Ignore value handling", "mask",
            List.of("mask", "nan", "keep"),
            "What to do with values equal to the file's 'no data' value (ENVI data ignore value): mask (default) "
                    + "masks pixels whose every band holds it and makes single values missing; nan makes every such "
                    + "value missing; keep keeps the values as stored.");

    public static final SettingDef RESTRICT_BANDS = SettingDef.bool("restrictBands", "Restrict band range", false,
            "When on, only bands whose axis value (wavelength, m/z, or band index) lies in [minimum, maximum] are "
                    + "read. Default off.");

    public static final SettingDef BAND_MIN = SettingDef.real("bandMin", "Band range minimum", 0, -1e12, 1e12,
            "Lower end (inclusive) of the band range, in the unit of the band axis.");

    public static final SettingDef BAND_MAX = SettingDef.real("bandMax", "Band range maximum", 100_000, -1e12, 1e12,
            "Upper end (inclusive) of the band range, in the unit of the band axis.");

    public static final SettingDef DROP_BAD_BANDS = SettingDef.bool("dropBadBands", "Drop bad bands", false,
            "When on, bands an ENVI header flags as bad (bbl = 0) are not read. Default off.");

    public static final SettingDef DROP_MASKED = SettingDef.bool("dropMaskedPixels", "Drop masked pixels", true,
            "When on (default), masked pixels (imzML spots without a spectrum, ignored ENVI pixels) get no row. When "
                    + "off, every pixel of the image has a row, masked ones with missing band values.");

    public static final SettingDef MAX_BANDS = SettingDef.integer("maxBands", "Maximum number of bands", 5_000, 1,
            MAX_BANDS_LIMIT,
            "The node stops with an error instead of writing a table with more band columns than this (default "
                    + "5000); a mass spectrum with tens of thousands of bins must be reduced by peak picking, a "
                    + "peak list, wider bins or a band range first.");

    public static final NodeDeclaration DECLARATION = NodeDeclaration.builder("Spectral Cube Reader")
            .setting(FILE)
            .setting(FORMAT)
            .setting(MAT_VARIABLE)
            .setting(MAT_LAYOUT)
            .setting(MAT_LINES)
            .setting(MAT_COLS)
            .setting(IMZML_AXIS)
            .setting(MZ_TOLERANCE)
            .setting(MZ_TOLERANCE_UNIT)
            .setting(PEAK_LIST)
            .setting(PEAK_PICKING)
            .setting(PEAK_COUNT)
            .setting(PEAK_SNR)
            .setting(IGNORE_VALUE)
            .setting(RESTRICT_BANDS)
            .setting(BAND_MIN)
            .setting(BAND_MAX)
            .setting(DROP_BAD_BANDS)
            .setting(DROP_MASKED)
            .setting(MAX_BANDS)
            .outPort(PortDef.table("Pixel table",
                    "One row per pixel: x, y, then one double column per band, named from the band axis, with the "
                            + "band value and unit in the column properties."))
            .outPort(PortDef.table("Band axis",
                    "One row per band: index, value, unit and fwhm (missing when unknown)."))
            .build();

    private SpectralCubeReaderSettings() {
    }
}
