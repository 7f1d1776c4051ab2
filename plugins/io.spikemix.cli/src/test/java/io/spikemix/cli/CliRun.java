package io.spikemix.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.spikemix.engine.io.NpyWriter;
import io.spikemix.engine.progress.ProgressMonitor;
import io.spikemix.engine.synth.PhantomOptions;
import io.spikemix.engine.synth.SpikedPhantom;

/** Runs the command line in-process and builds small test inputs. */
final class CliRun {

    record Result(int code, String out, String err) {
    }

    private CliRun() {
    }

    static Result run(String... args) {
        return run(new AtomicBoolean(), args);
    }

    static Result run(AtomicBoolean cancel, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeMixCommand.execute(new PrintWriter(out), new PrintWriter(err), cancel, false, args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A small phantom written as H x W x B .npy. */
    static SpikedPhantom phantom(Path file, int h, int w, int bands, int k, long seed) throws Exception {
        SpikedPhantom p = SpikedPhantom.generate(new PhantomOptions(h, w, bands, k, 0.01, seed));
        NpyWriter.write(file, p.cube(), ProgressMonitor.NONE);
        return p;
    }

    static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    static int[] ints(JsonNode a) {
        int[] v = new int[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asInt();
        }
        return v;
    }

    static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }

    static double[][] matrix(JsonNode a) {
        double[][] m = new double[a.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = doubles(a.get(i));
        }
        return m;
    }
}
