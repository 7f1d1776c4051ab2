package io.spikemix.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One dataset of one or more {@code .npy} cubes (e.g. several tissue sections segmented jointly): their pixels are
 * stacked in the order given, file after file, into N rows, and cut into engine blocks over that order, so a block
 * may hold the end of one file and the start of the next. The fit therefore sees exactly the engine's fit of the
 * stacked matrix; the labels go back to each file by its first row.
 */
public final class CubeDataset implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<NpyDataset> files;
    private final int[] firstRow;
    private final int pixels;

    private CubeDataset(List<NpyDataset> files) {
        this.files = List.copyOf(files);
        this.firstRow = new int[files.size()];
        long n = 0;
        for (int i = 0; i < files.size(); i++) {
            firstRow[i] = (int) n;
            n += files.get(i).pixels();
        }
        this.pixels = (int) n;
    }

    static CubeDataset of(List<NpyDataset> files) {
        return new CubeDataset(files);
    }

    /**
     * Opens and checks every file on the driver.
     *
     * @throws SparkInputException naming the file: unreadable, not a usable .npy, listed twice, a band count that
     *                             differs from the first file's, or more than 2³¹ − 1 pixels in all
     */
    public static CubeDataset open(List<String> paths, Configuration conf) throws SparkInputException {
        List<NpyDataset> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long n = 0;
        for (String p : paths) {
            if (!seen.add(p)) {
                throw new SparkInputException(p, "--input", "listed twice; each file may appear once in a dataset");
            }
            NpyDataset f = NpyDataset.open(p, conf);
            if (!files.isEmpty() && f.bands() != files.get(0).bands()) {
                throw new SparkInputException(p, "bands", "has " + f.bands() + " bands but " + files.get(0).path()
                        + " has " + files.get(0).bands() + "; the files of one dataset need one band axis");
            }
            n += f.pixels();
            if (n > Integer.MAX_VALUE) {
                throw new SparkInputException(p, "--input", "the files hold more than " + Integer.MAX_VALUE
                        + " pixels together; split the dataset");
            }
            files.add(f);
        }
        return new CubeDataset(files);
    }

    public List<NpyDataset> files() {
        return files;
    }

    /** The dataset row of file {@code i}'s first pixel. */
    public int firstRow(int i) {
        return firstRow[i];
    }

    public int pixels() {
        return pixels;
    }

    public int bands() {
        return files.get(0).bands();
    }

    /** The path of a single file, or "N files: first, …". */
    public String describe() {
        return files.size() == 1 ? files.get(0).path()
                : files.size() + " files: " + String.join(", ", files.stream().map(NpyDataset::path).toList());
    }

    /**
     * The stacked pixels as blocks, one Spark partition per run of blocks in {@code layout}; every task reads only
     * the byte ranges of its blocks (one range per file a block overlaps). Not cached here.
     */
    public JavaRDD<PixelBlock> blocks(JavaSparkContext sc, BlockLayout layout) {
        if (layout.rows() != pixels) {
            throw new IllegalArgumentException("layout of " + layout.rows() + " rows for " + pixels + " pixels");
        }
        List<int[]> ranges = layout.blockRanges();
        HadoopConf conf = new HadoopConf(sc.hadoopConfiguration());
        CubeDataset self = this;
        return sc.parallelize(ranges, ranges.size()).flatMap(r -> self.read(conf.get(), layout, r[0], r[1]).iterator());
    }

    private List<PixelBlock> read(Configuration conf, BlockLayout layout, int b0, int b1) throws java.io.IOException {
        int d = bands();
        List<PixelBlock> out = new ArrayList<>(b1 - b0);
        for (int b = b0; b < b1; b++) {
            int r0 = b * BlockLayout.BLOCK_ROWS;
            int rows = layout.blockRows(b);
            float[] values = new float[rows * d];
            for (int f = 0; f < files.size(); f++) {
                int f0 = firstRow[f];
                int f1 = f0 + files.get(f).pixels();
                int from = Math.max(r0, f0);
                int to = Math.min(r0 + rows, f1);
                if (from < to) {
                    files.get(f).readRows(conf, from - f0, to - from, values, (from - r0) * d);
                }
            }
            out.add(new PixelBlock(b, r0, rows, d, values));
        }
        return out;
    }
}
