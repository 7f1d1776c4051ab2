package io.spikemix.engine.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.spikemix.engine.io.SpectralFileException;

/**
 * Runs mutants through a reader and collects every outcome that breaks the readers' promise: a mutant must read,
 * or be refused with a {@link SpectralFileException} whose message is one printable line beginning with the name
 * of one of the cube's files. Anything else (another exception, an Error, a multi-line message) is a failure that
 * names the mutant's index and mutation, so it can be added to the format's regression list.
 */
final class FuzzRun {

    /** Writes mutant {@code index} to disk and returns the files that make up the cube (the one to read first). */
    @FunctionalInterface
    interface MutantWriter {
        List<Path> write(int index) throws Exception;
    }

    /** Reads the cube whose files are given. */
    @FunctionalInterface
    interface CubeReader {
        void read(List<Path> files) throws Exception;
    }

    private final String format;
    private final List<String> failures = new ArrayList<>();
    private int refused;
    private int read;

    FuzzRun(String format) {
        this.format = format;
    }

    /** Runs mutants {@code indices}; {@code describe} says what mutation index i was. */
    FuzzRun run(int[] indices, MutantWriter writer, java.util.function.IntFunction<String> describe, CubeReader reader)
            throws Exception {
        for (int i : indices) {
            List<Path> files = writer.write(i);
            try {
                reader.read(files);
                read++;
            } catch (SpectralFileException e) {
                refused++;
                String m = e.getMessage();
                boolean names = files.stream().anyMatch(f -> m.startsWith(f.toString()));
                // no control characters, and no parser location suffix (it used to follow on a second line)
                boolean oneLine = m.chars().noneMatch(c -> c < 0x20 || c == 0x7f) && !m.contains("[row,col");
                if (!names || !oneLine) {
                    failures.add("mutant " + i + " (" + describe.apply(i) + "): message " + (names ? "" : "names no file ")
                            + (oneLine ? "" : "is not one printable line ") + "'" + m + "'");
                }
            } catch (Throwable t) {
                failures.add("mutant " + i + " (" + describe.apply(i) + "): " + t.getClass().getName() + ": "
                        + t.getMessage());
            }
        }
        return this;
    }

    static int[] range(int count) {
        return java.util.stream.IntStream.range(0, count).toArray();
    }

    /** Asserts that no mutant failed, and that both outcomes occurred (a fuzzer that only ever refuses tests little). */
    void assertHeld(boolean expectSomeRead) {
        assertTrue(failures.isEmpty(), format + ": " + failures.size() + " mutants broke the promise:\n"
                + String.join("\n", failures));
        assertTrue(refused > 0, format + ": no mutant was refused; the mutations do not reach the reader");
        assertTrue(!expectSomeRead || read > 0, format + ": no mutant was read; the seed file may be invalid");
    }
}
