package io.spikemix.cli;

import java.util.Locale;

import io.spikemix.engine.io.ReadOptions;
import io.spikemix.engine.io.SpectralFormat;
import picocli.CommandLine.Option;

/**
 * The reader options every subcommand that reads a cube accepts (mixed in). They apply to the ENVI, imzML and MATLAB
 * readers; {@code .npy} and {@code .csv} files are read as stored.
 */
final class ReaderOptions {

    @Option(names = "--format", paramLabel = "envi|imzml|mat",
            description = "Read the input as this format whatever its extension (default: from the file name).")
    String format;

    @Option(names = "--mat-variable", paramLabel = "NAME", description = "MATLAB: the variable holding the cube.")
    String matVariable;

    @Option(names = "--mat-wavelengths", paramLabel = "NAME", description = "MATLAB: the variable holding the band axis.")
    String matWavelengths;

    @Option(names = "--band-range", paramLabel = "MIN:MAX",
            description = "Keep only bands whose axis value (wavelength, m/z or index) lies in [MIN, MAX].")
    String bandRange;

    @Option(names = "--drop-bad-bands", description = "ENVI: leave out the bands the header's 'bbl' marks as bad.")
    boolean dropBadBands;

    /** The engine's read options; a malformed value is a {@link CliException} naming the option. */
    ReadOptions toReadOptions() {
        ReadOptions.Builder b = ReadOptions.builder().dropBadBands(dropBadBands);
        if (format != null) {
            try {
                b.format(SpectralFormat.valueOf(format.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CliException("--format: expected envi, imzml or mat, got '" + format + "'");
            }
        }
        if (matVariable != null) {
            b.matVariable(matVariable);
        }
        if (matWavelengths != null) {
            b.matWavelengthVariable(matWavelengths);
        }
        if (bandRange != null) {
            String[] parts = bandRange.split(":", -1);
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                b.bandRange(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
            } catch (NumberFormatException e) {
                throw new CliException("--band-range: expected MIN:MAX with two numbers, got '" + bandRange + "'");
            } catch (IllegalArgumentException e) {
                throw new CliException("--band-range: " + e.getMessage());
            }
        }
        return b.build();
    }
}
