package io.spikemix.knime.base.table;

import java.util.Set;

/**
 * Column names of the two small tables SpikeMix nodes exchange besides pixel tables (see
 * {@code docs/table-conventions.md}).
 *
 * <ul>
 * <li>A <b>spikes table</b> (SMM Learner output, reference spectra for the Spike Set Evaluator): one row per spike,
 * metadata columns {@value #SPIKE} (1-based spike/cluster number, IntCell), {@value #PI} (mixing weight),
 * {@value #NORM2} (squared norm) and {@value #ACTIVE}, then one double column per band, named and annotated like
 * the band columns of a pixel table. Every numeric column that is not a metadata or coordinate column is a
 * feature.</li>
 * <li>A <b>band-axis table</b> (Spectral Cube Reader output): one row per band, columns {@value #BAND_INDEX}
 * (0-based position in the source cube, IntCell), {@value #BAND_VALUE} (DoubleCell), {@value #BAND_UNIT}
 * (StringCell) and {@value #BAND_FWHM} (DoubleCell, missing when unknown).</li>
 * </ul>
 */
public final class ResultTables {

    /** Spikes table: the 1-based number of the spike, the same as the cluster it defines. */
    public static final String SPIKE = "spike";
    /** Spikes table: the mixing weight π_k. */
    public static final String PI = "pi";
    /** Spikes table: the squared norm ‖x_k‖². */
    public static final String NORM2 = "norm2";
    /** Spikes table: whether the spike is in the active set. */
    public static final String ACTIVE = "active";
    /** GMM spikes table: σ²_GMM of method.md eq. 20 (the same in every row). */
    public static final String SIGMA2_GMM = "sigma2_gmm";
    /** GMM spikes table: whether the component meets the spectral-gap condition, eq. 19 (1/0). */
    public static final String SPECTRAL_GAP_OK = "spectral_gap_ok";
    /** Centroids table (k-means): the 1-based cluster number. */
    public static final String CLUSTER = TableConventions.CLUSTER;
    /** Centroids table (k-means): the number of pixels in the cluster. */
    public static final String CLUSTER_SIZE = "pixels";

    /** Band-axis table: 0-based band position in the source cube. */
    public static final String BAND_INDEX = "index";
    /** Band-axis table: band centre (wavelength, m/z, or index). */
    public static final String BAND_VALUE = "value";
    /** Band-axis table: unit of the band centre. */
    public static final String BAND_UNIT = "unit";
    /** Band-axis table: full width at half maximum, missing when unknown. */
    public static final String BAND_FWHM = "fwhm";

    // Every non-band column any SpikeMix node writes into a spikes or centroids table; readers treat all other numeric
    // columns as bands, so a column missing here would silently become a feature.
    private static final Set<String> SPIKE_METADATA = Set.of(SPIKE, PI, NORM2, ACTIVE, SIGMA2_GMM, SPECTRAL_GAP_OK,
            CLUSTER, CLUSTER_SIZE);

    private ResultTables() {
    }

    /** Whether a column of a spikes table is metadata rather than a feature (band) column. */
    public static boolean isSpikeMetadata(String column) {
        return SPIKE_METADATA.contains(column) || TableConventions.isCoordinate(column);
    }
}
