package io.spikemix.engine.kmeans;

import java.util.Locale;

/**
 * Refuses, before anything is allocated, a computation whose estimated memory exceeds the heap that is still free,
 * with one line giving the figure and the ways out (issue 17 item 6: a GMM on 9 pixels × 8,399 bands allocated
 * d × d matrices of 564 MB each and died with an OutOfMemoryError after 14 s). Used by the clustering methods'
 * {@code estimateBytes} figures ({@code GaussianMixtureFitter}, {@link KMeansModel#secondMomentBytes}).
 */
public final class HeapCheck {

    private HeapCheck() {
    }

    /** Heap that can still be allocated: the maximum heap minus what is in use now. */
    public static long freeBytes() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /**
     * @param what  the computation, e.g. "The Gaussian mixture (full d x d covariances)"
     * @param bytes its estimated memory
     * @throws IllegalArgumentException when {@code bytes} exceeds {@link #freeBytes()}
     */
    public static void require(String what, long bytes, int n, int d, int k) {
        long free = freeBytes();
        if (bytes > free) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s on %,d pixels x %,d features with K = %d"
                    + " needs about %,d bytes of heap but only %,d are free; pick peaks first (e.g. --pick-peaks 500),"
                    + " use fewer bands, or give Java more heap (-Xmx).", what, n, d, k, bytes, free));
        }
    }
}
