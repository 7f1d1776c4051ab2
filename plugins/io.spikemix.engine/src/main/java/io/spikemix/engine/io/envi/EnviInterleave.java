package io.spikemix.engine.io.envi;

/**
 * The order of samples in an ENVI data file: band sequential (all of band 0, then band 1, …), band interleaved by
 * line (for each line, each band's samples) or band interleaved by pixel (for each pixel, all its bands).
 */
public enum EnviInterleave {
    BSQ, BIL, BIP
}
