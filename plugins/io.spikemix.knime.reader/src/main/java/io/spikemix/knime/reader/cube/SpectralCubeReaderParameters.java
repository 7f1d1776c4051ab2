package io.spikemix.knime.reader.cube;

import io.spikemix.knime.base.dialog.Bounds;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.updates.Effect;
import org.knime.node.parameters.updates.Effect.EffectType;
import org.knime.node.parameters.updates.EffectPredicate;
import org.knime.node.parameters.updates.EffectPredicateProvider;
import org.knime.node.parameters.updates.ParameterReference;
import org.knime.node.parameters.updates.ValueReference;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.number.NumberInputWidget;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsNonNegativeValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation.IsPositiveIntegerValidation;

/**
 * The web dialog of the Spectral Cube Reader node (KNIME 5.8+ {@code NodeParameters}). Every field persists under the
 * key of the node's classic settings model ({@link SpectralCubeReaderSettings#DECLARATION}), so saved workflows load unchanged and the
 * node model keeps reading what the dialog writes; titles and descriptions are the node description's options
 * (the extension lint checks both, and that defaults and bounds agree with the declaration).
 */
@LoadDefaultsForAbsentFields
public final class SpectralCubeReaderParameters implements NodeParameters {

    /** Choices of "Format"; the constants are the values saved under "format", so they keep their legacy spelling. */
    enum Format {
        @Label("Automatic")
        auto,
        @Label("ENVI")
        envi,
        @Label("imzML")
        imzml,
        @Label("MATLAB")
        mat,
        @Label("NumPy")
        npy,
        @Label("CSV")
        csv
    }

    /** Choices of "MATLAB layout"; the constants are the values saved under "matLayout", so they keep their legacy spelling. */
    enum MatLayout {
        @Label("Automatic")
        auto,
        @Label("Height x width x bands")
        height_width_bands,
        @Label("Bands x pixels")
        bands_by_pixels,
        @Label("Pixels x bands")
        pixels_by_bands
    }

    /** Choices of "imzML m/z axis"; the constants are the values saved under "imzmlAxis", so they keep their legacy spelling. */
    enum ImzmlAxis {
        @Label("Automatic")
        auto,
        @Label("Binned")
        bin,
        @Label("Peak list")
        peak_list
    }

    /** Choices of "m/z tolerance unit"; the constants are the values saved under "mzToleranceUnit", so they keep their legacy spelling. */
    enum MzToleranceUnit {
        @Label("ppm")
        ppm,
        @Label("Da")
        da
    }

    /** Choices of "IMS peak picking"; the constants are the values saved under "peakPicking", so they keep their legacy spelling. */
    enum PeakPicking {
        @Label("None")
        none,
        @Label("Top N peaks")
        top_n,
        @Label("Minimum SNR")
        snr
    }

    /** Choices of "Ignore value handling"; the constants are the values saved under "ignoreValue", so they keep their legacy spelling. */
    enum IgnoreValue {
        @Label("Mask pixel")
        mask,
        @Label("Set to NaN")
        nan,
        @Label("Keep value")
        keep
    }

    /** The format field, which the format-specific settings depend on. */
    interface FormatRef extends ParameterReference<Format> {
    }

    /** The peak picking field, which the number of peaks and the minimum SNR depend on. */
    interface PeakPickingRef extends ParameterReference<PeakPicking> {
    }

    /** The band range switch, which the range ends depend on. */
    interface RestrictBandsRef extends ParameterReference<Boolean> {
    }

    /** MATLAB settings apply when the format is MATLAB or detected from the file name. */
    static final class MayBeMatlab implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(FormatRef.class).isOneOf(Format.auto, Format.mat);
        }
    }

    /** imzML settings apply when the format is imzML or detected from the file name. */
    static final class MayBeImzml implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(FormatRef.class).isOneOf(Format.auto, Format.imzml);
        }
    }

    /** The number of peaks applies to top-N peak picking. */
    static final class PicksTopN implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(PeakPickingRef.class).isOneOf(PeakPicking.top_n);
        }
    }

    /** The minimum SNR applies to SNR peak picking. */
    static final class PicksBySnr implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getEnum(PeakPickingRef.class).isOneOf(PeakPicking.snr);
        }
    }

    /** The band range ends apply when the range is restricted. */
    static final class RestrictsBands implements EffectPredicateProvider {
        @Override
        public EffectPredicate init(final PredicateInitializer i) {
            return i.getBoolean(RestrictBandsRef.class).isTrue();
        }
    }

    @Widget(title = "File",
            description = "The cube to read (a local path).")
    @Persist(configKey = "file")
    String file = "";

    @Widget(title = "Format",
            description = "<b>auto</b> (default: by extension), <b>envi</b>, <b>imzml</b>, <b>mat</b>, <b>npy</b> or <b>csv</b>.")
    @ValueReference(FormatRef.class)
    @Persist(configKey = "format")
    Format format = Format.auto;

    @Widget(title = "MATLAB variable",
            description = "The variable holding the cube in a <tt>.mat</tt> file; empty (default) takes the only 3-D numeric array.",
            effect = @Effect(predicate = MayBeMatlab.class, type = EffectType.SHOW))
    @Persist(configKey = "matVariable")
    String matVariable = "";

    @Widget(title = "MATLAB layout",
            description = "<b>auto</b> (3-D array: lines &#215; samples &#215; bands), <b>height_width_bands</b>, <b>bands_by_pixels</b> (one column per pixel) or <b>pixels_by_bands</b> (one row per pixel); the 2-D layouts need the image lines and columns.",
            effect = @Effect(predicate = MayBeMatlab.class, type = EffectType.SHOW))
    @Persist(configKey = "matLayout")
    MatLayout matLayout = MatLayout.auto;

    @Widget(title = "MATLAB image lines",
            description = "Image lines (rows) of a 2-D MATLAB matrix; 0 when not needed.",
            effect = @Effect(predicate = MayBeMatlab.class, type = EffectType.SHOW))
    @Persist(configKey = "matLines")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMostIntMax.class)
    int matLines = 0;

    @Widget(title = "MATLAB image columns",
            description = "Image columns (samples) of a 2-D MATLAB matrix; 0 when not needed.",
            effect = @Effect(predicate = MayBeMatlab.class, type = EffectType.SHOW))
    @Persist(configKey = "matCols")
    @NumberInputWidget(minValidation = IsNonNegativeValidation.class, maxValidation = Bounds.AtMostIntMax.class)
    int matCols = 0;

    @Widget(title = "imzML m/z axis",
            description = "<b>auto</b> (continuous as stored, processed binned), <b>bin</b> (bins of the tolerance width) or <b>peak_list</b> (one band per m/z of the peak list).",
            effect = @Effect(predicate = MayBeImzml.class, type = EffectType.SHOW))
    @Persist(configKey = "imzmlAxis")
    ImzmlAxis imzmlAxis = ImzmlAxis.auto;

    @Widget(title = "m/z tolerance",
            description = "Bin width or peak-matching tolerance for imzML and IMS peak picking. Default 10.",
            effect = @Effect(predicate = MayBeImzml.class, type = EffectType.SHOW))
    @Persist(configKey = "mzTolerance")
    @NumberInputWidget(minValidation = Bounds.AtLeastOneBillionth.class, maxValidation = Bounds.AtMostOneBillion.class)
    double mzTolerance = 10.0;

    @Widget(title = "m/z tolerance unit",
            description = "<b>ppm</b> (default, relative) or <b>da</b> (absolute, m/z units).",
            effect = @Effect(predicate = MayBeImzml.class, type = EffectType.SHOW))
    @Persist(configKey = "mzToleranceUnit")
    MzToleranceUnit mzToleranceUnit = MzToleranceUnit.ppm;

    @Widget(title = "Peak list",
            description = "The m/z values of the peak_list axis, separated by commas, semicolons or spaces.",
            effect = @Effect(predicate = MayBeImzml.class, type = EffectType.SHOW))
    @Persist(configKey = "peakList")
    String peakList = "";

    @Widget(title = "IMS peak picking",
            description = "<b>none</b> (default), <b>top_n</b> (the N most intense peaks of the mean spectrum) or <b>snr</b> (peaks at least the minimum signal-to-noise ratio above the median, noise from the median absolute deviation). Each pixel's value at a peak is the sum of its intensities within the m/z tolerance.")
    @ValueReference(PeakPickingRef.class)
    @Persist(configKey = "peakPicking")
    PeakPicking peakPicking = PeakPicking.none;

    @Widget(title = "Number of peaks",
            description = "Peaks kept by top_n peak picking. Default 200.",
            effect = @Effect(predicate = PicksTopN.class, type = EffectType.SHOW))
    @Persist(configKey = "peakCount")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost100000.class)
    int peakCount = 200;

    @Widget(title = "Minimum SNR",
            description = "Signal-to-noise ratio required by snr peak picking. Default 3.",
            effect = @Effect(predicate = PicksBySnr.class, type = EffectType.SHOW))
    @Persist(configKey = "peakSnr")
    @NumberInputWidget(minValidation = Bounds.AtLeastOneMillionth.class, maxValidation = Bounds.AtMostOneMillion.class)
    double peakSnr = 3.0;

    @Widget(title = "Ignore value handling",
            description = "For values equal to the file's no-data value: <b>mask</b> (default; a pixel with the value in every band gets no row, single values become missing), <b>nan</b> (every such value becomes missing) or <b>keep</b>.")
    @Persist(configKey = "ignoreValue")
    IgnoreValue ignoreValue = IgnoreValue.mask;

    @Widget(title = "Restrict band range",
            description = "Read only bands whose axis value lies in [minimum, maximum]. Default off.")
    @ValueReference(RestrictBandsRef.class)
    @Persist(configKey = "restrictBands")
    boolean restrictBands = false;

    @Widget(title = "Band range minimum",
            description = "Lower end (inclusive) of the band range, in the unit of the band axis.",
            effect = @Effect(predicate = RestrictsBands.class, type = EffectType.SHOW))
    @Persist(configKey = "bandMin")
    @NumberInputWidget(minValidation = Bounds.AtLeastMinusOneTrillion.class, maxValidation = Bounds.AtMostOneTrillion.class)
    double bandMin = 0.0;

    @Widget(title = "Band range maximum",
            description = "Upper end (inclusive) of the band range, in the unit of the band axis.",
            effect = @Effect(predicate = RestrictsBands.class, type = EffectType.SHOW))
    @Persist(configKey = "bandMax")
    @NumberInputWidget(minValidation = Bounds.AtLeastMinusOneTrillion.class, maxValidation = Bounds.AtMostOneTrillion.class)
    double bandMax = 100000.0;

    @Widget(title = "Drop bad bands",
            description = "Leave out bands an ENVI header flags as bad (bbl = 0). Default off.")
    @Persist(configKey = "dropBadBands")
    boolean dropBadBands = false;

    @Widget(title = "Drop masked pixels",
            description = "When on (default), masked pixels get no row; when off every pixel of the image has a row, masked ones with missing band values.")
    @Persist(configKey = "dropMaskedPixels")
    boolean dropMaskedPixels = true;

    @Widget(title = "Maximum number of bands",
            description = "The node stops with an error instead of writing more band columns than this. Default 5000.",
            advanced = true)
    @Persist(configKey = "maxBands")
    @NumberInputWidget(minValidation = IsPositiveIntegerValidation.class, maxValidation = Bounds.AtMost100000.class)
    int maxBands = 5000;
}
