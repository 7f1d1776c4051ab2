package io.spikemix.spark;

import java.util.Locale;

/** The --normalize values the Spark application supports. */
final class Normalize {

    private Normalize() {
    }

    /** @return whether min-max normalization is asked for */
    static boolean parse(String s) throws SparkInputException {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "minmax" -> true;
            case "none" -> false;
            case "l1", "tic" -> throw new SparkInputException("--normalize " + s + ": not available on Spark yet (its "
                    + "reference scale is a median over all pixels); use minmax or none");
            default -> throw new SparkInputException("--normalize " + s + ": expected minmax or none");
        };
    }
}
