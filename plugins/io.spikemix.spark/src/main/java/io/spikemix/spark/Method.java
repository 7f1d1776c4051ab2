package io.spikemix.spark;

import java.util.Locale;

/** The methods the Spark application fits; the others are named so that asking for them gives a clear message. */
enum Method {
    KMEANS("kmeans", true), SMM("smm", false), GMM("gmm", false);

    final String id;
    final boolean available;

    Method(String id, boolean available) {
        this.id = id;
        this.available = available;
    }

    static Method parse(String s) throws SparkInputException {
        for (Method m : values()) {
            if (m.id.equals(s.trim().toLowerCase(Locale.ROOT))) {
                if (!m.available) {
                    throw new SparkInputException("--method " + s + ": not available on Spark yet (issue 18); this "
                            + "version fits kmeans; fit " + m.id + " with the engine: spikemix segment --methods " + m.id);
                }
                return m;
            }
        }
        throw new SparkInputException("--method " + s + ": expected smm, gmm or kmeans");
    }
}
