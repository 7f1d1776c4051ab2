package io.spikemix.engine.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats {@link SpectralReaders} can read, and how each is recognised by its file name. */
public enum SpectralFormat {
    /** ENVI header ({@code .hdr}) plus a raw data file ({@code .img}, {@code .dat}, {@code .raw}, …). */
    ENVI,
    /** imzML 1.1: XML metadata ({@code .imzML}) plus binary data ({@code .ibd}). */
    IMZML,
    /** MATLAB {@code .mat}, level 5 or 7.3 (HDF5). */
    MAT,
    /** NumPy {@code .npy}: an N×d table of spectra or an H×W×B cube. */
    NPY,
    /** A CSV table of spectra, one pixel per line (optional {@code x}, {@code y} columns). */
    CSV;

    /**
     * The format a file name implies: {@code .hdr .img .dat .raw .bsq .bil .bip .sli} → ENVI, {@code .imzml .ibd} →
     * imzML, {@code .mat} → MAT, {@code .npy} → NPY, {@code .csv} → CSV (case-insensitive). Empty when the extension says nothing;
     * an ENVI data file without extension is found through its header instead.
     */
    public static Optional<SpectralFormat> fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        switch (ext) {
            case "hdr":
            case "img":
            case "dat":
            case "raw":
            case "bsq":
            case "bil":
            case "bip":
            case "sli":
                return Optional.of(ENVI);
            case "imzml":
            case "ibd":
                return Optional.of(IMZML);
            case "mat":
                return Optional.of(MAT);
            case "npy":
                return Optional.of(NPY);
            case "csv":
                return Optional.of(CSV);
            default:
                return Optional.empty();
        }
    }
}
