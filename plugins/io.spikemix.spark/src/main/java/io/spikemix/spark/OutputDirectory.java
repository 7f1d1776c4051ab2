package io.spikemix.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * The output folder of a Spark run on any Hadoop file system, written all or nothing: the files are first written to
 * a local temporary folder, copied to a hidden sibling {@code .<name>.partial-<uuid>} of the target, and that is
 * renamed to the target at the end (one rename on HDFS and local file systems; on S3 a rename is a copy, so a
 * reader can see the folder fill, but never a folder of a failed run). A failed or cancelled run deletes its
 * partial folder; an existing target is never replaced or deleted.
 */
final class OutputDirectory implements AutoCloseable {

    private final org.apache.hadoop.fs.Path target;
    private final FileSystem fs;
    private final Path local;
    private boolean committed;

    private OutputDirectory(org.apache.hadoop.fs.Path target, FileSystem fs, Path local) {
        this.target = target;
        this.fs = fs;
        this.local = local;
    }

    /**
     * Checks on the driver, before any job, that {@code out} does not exist and its parent can be created.
     *
     * @throws SparkInputException naming {@code --out} when the target already exists
     */
    static OutputDirectory open(String out, Configuration conf) throws SparkInputException {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out);
        try {
            FileSystem fs = target.getFileSystem(conf);
            if (fs.exists(target)) {
                throw new SparkInputException(out, "--out", "already exists; choose a new folder (an existing one is "
                        + "never replaced)");
            }
            return new OutputDirectory(fs.makeQualified(target), fs, Files.createTempDirectory("spikemix-spark-out"));
        } catch (IOException e) {
            throw new SparkInputException(out, "--out", "cannot be used: " + e.getMessage());
        }
    }

    /** The local folder to write the files into before {@link #commit()}. */
    Path local() {
        return local;
    }

    String target() {
        return target.toString();
    }

    /** Copies the files to the partial folder and renames it to the target. */
    void commit() throws IOException {
        org.apache.hadoop.fs.Path parent = target.getParent();
        org.apache.hadoop.fs.Path partial = new org.apache.hadoop.fs.Path(parent,
                "." + target.getName() + ".partial-" + UUID.randomUUID());
        try {
            fs.mkdirs(parent);
            fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), partial);
            if (fs.exists(target)) {
                throw new IOException(target + " appeared while this run was writing; the results are not moved there");
            }
            if (!fs.rename(partial, target)) {
                throw new IOException("cannot rename " + partial + " to " + target);
            }
            committed = true;
        } finally {
            if (!committed) {
                fs.delete(partial, true);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(local)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
