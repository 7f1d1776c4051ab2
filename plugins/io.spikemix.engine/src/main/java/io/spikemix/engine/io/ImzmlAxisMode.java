package io.spikemix.engine.io;

/** How the spectra of an imzML file in processed mode (one m/z array per spectrum) are put on one m/z axis. */
public enum ImzmlAxisMode {
    /** Continuous files are read as stored; processed files are binned with the tolerance (the default). */
    AUTO,
    /** Bins of the tolerance width over the m/z range of all spectra; intensities falling in a bin are summed. */
    BIN,
    /** One band per peak of a user-given list; intensities within the tolerance of a peak are summed. */
    PEAK_LIST
}
