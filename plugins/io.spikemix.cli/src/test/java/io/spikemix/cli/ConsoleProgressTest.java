package io.spikemix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.spikemix.engine.progress.CanceledException;

class ConsoleProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void checkCanceledThrowsOnceTheFlagIsRaised() throws CanceledException {
        AtomicBoolean flag = new AtomicBoolean();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(new StringWriter()), false, flag, () -> 0);
        p.checkCanceled();
        flag.set(true);
        assertThrows(CanceledException.class, p::checkCanceled);
    }

    @Test
    void logLinesAreRateLimitedAndQuickStagesStayQuiet() {
        StringWriter sink = new StringWriter();
        AtomicLong now = new AtomicLong();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(sink), false, new AtomicBoolean(), now::get).stage("fit");
        p.setProgress(0.0, "start");
        p.setProgress(1.0, "done");
        assertEquals("", sink.toString(), "a stage that ends within a second prints nothing");

        p.stage("read");
        for (int i = 0; i <= 100; i++) {
            now.addAndGet(SECOND / 10); // 10 s for the stage, a report every 0.1 s and every 1 %
            p.setProgress(i / 100.0, "step " + i);
        }
        String[] lines = sink.toString().split("\n");
        assertTrue(lines.length >= 9 && lines.length <= 11, "about one line a second, got " + lines.length);
        assertTrue(lines[0].startsWith("read ") && lines[0].contains("%"), lines[0]);
        assertEquals("read 100% step 100", lines[lines.length - 1]);
    }

    @Test
    void terminalModeRedrawsOneLineWithABar() {
        StringWriter sink = new StringWriter();
        AtomicLong now = new AtomicLong();
        ConsoleProgress p = new ConsoleProgress(new PrintWriter(sink), true, new AtomicBoolean(), now::get).stage("fit");
        p.setProgress(0.5, "half");
        now.addAndGet(SECOND);
        p.setProgress(1.0, "all");
        p.done();
        String s = sink.toString();
        assertTrue(s.startsWith("\rfit [############            ]  50% half"), s);
        assertTrue(s.contains("\rfit [########################] 100% all"), s);
        assertTrue(s.endsWith("\n"), "done() ends the line");
    }
}
