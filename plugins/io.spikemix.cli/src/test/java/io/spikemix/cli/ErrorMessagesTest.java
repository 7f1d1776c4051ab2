package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets one printable line on stderr naming the file, exit 1: never a stack trace, a Java class name, an
 * echoed control character, or an out-of-memory death.
 */
class ErrorMessagesTest {

    @TempDir
    Path dir;

    private static void assertOneCleanLine(CliRun.Result r, Path file, String expected) {
        assertEquals(1, r.code(), r.err());
        String err = r.err();
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, "one line: " + err);
        assertTrue(err.strip().chars().noneMatch(c -> c < 0x20 || c == 0x7f), "printable: " + err);
        assertFalse(err.contains("java.") || err.contains("Exception") || err.contains("Error:"), err);
        assertTrue(err.contains(file.toString()), "names the file: " + err);
        assertTrue(err.contains(expected), err);
    }

    private Path npy(String name, String dict) throws Exception {
        byte[] text = (dict + "\n").getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(10 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0 }).putShort((short) text.length).put(text);
        return Files.write(dir.resolve(name), b.array());
    }

    @Test
    void aMalformedNpyHeaderIsNotEchoedRaw() throws Exception {
        Path f = npy("bad.npy", "{'descr': '<f4',\n\u001b[2J'fortran_order': Nope, 'shape': (2, 2), }");
        assertOneCleanLine(CliRun.run("info", f.toString()), f, "malformed header");
    }

    @Test
    void aShapeNestedTwentyThousandDeepIsRefusedAtOnce() throws Exception {
        Path f = npy("deep.npy", "{'descr': '<f4', 'fortran_order': False, 'shape': " + "(".repeat(20_000) + ")".repeat(20_000)
                + ", }");
        assertOneCleanLine(CliRun.run("fit", "--method", "kmeans", "--k", "2", "--input", f.toString(), "--out",
                dir.resolve("r.json").toString()), f, "nested brackets");
    }

    @Test
    void aTwoLineCsvWithFarApartCoordinatesIsRefusedBeforeAnyWork() throws Exception {
        Path f = Files.writeString(dir.resolve("sparse.csv"), "x,y,a,b\n0,0,1,2\n46339,46339,3,4\n");
        for (String command : new String[] { "fit", "segment", "convert" }) {
            String[] args = switch (command) {
                case "fit" -> new String[] { "fit", "--method", "kmeans", "--k", "2", "--input", f.toString(), "--out",
                    dir.resolve("r.json").toString() };
                case "segment" -> new String[] { "segment", "--k", "2", "--input", f.toString(), "--out",
                    dir.resolve("rep").toString() };
                default -> new String[] { "convert", "--input", f.toString(), "--output", dir.resolve("c.npy").toString() };
            };
            assertOneCleanLine(CliRun.run(args), f, "for only 2 spectra");
        }
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "nothing written");
        }
    }

    @Test
    void matlabVersion4SaysHowToSaveIt() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(38).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0).putInt(1).putInt(1).putInt(0).putInt(2).put((byte) 'x').put((byte) 0).putDouble(3.5);
        Path f = Files.write(dir.resolve("old.mat"), b.array());
        assertOneCleanLine(CliRun.run("info", f.toString()), f, "MATLAB v4 is not supported; save with -v7 or -v7.3");
    }
}
