package io.spikemix.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

/**
 * Shows engine progress on the console and turns Ctrl-C into cancellation.
 *
 * <p>On a terminal it redraws one line, {@code stage [#####     ]  45% message}, at most ten times a second. When
 * the output goes to a file or a pipe it prints plain lines instead: nothing for stages that finish within a second,
 * otherwise at most one line a second and only after 5 % more progress (or 10 s without a line), so logs stay short. {@link #checkCanceled()} throws once the cancel flag is
 * raised (by the Ctrl-C shutdown hook), so engine loops stop at their next check.
 */
final class ConsoleProgress implements ProgressMonitor {

    private static final int BAR_WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long LOG_NANOS = 1_000_000_000L;
    private static final long LOG_QUIET_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicBoolean cancel;
    private final LongSupplier clock;
    private String stage = "";
    private long lastDraw;
    private long stageStart;
    private double lastLoggedFraction = Double.NaN;
    private int drawnWidth;
    private boolean drawnOnce;

    ConsoleProgress(PrintWriter err, boolean terminal, AtomicBoolean cancel, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.cancel = cancel;
        this.clock = clock;
        this.stageStart = clock.getAsLong();
    }

    /** Starts a named stage ("read", "normalize", "write"); the next report is shown right away. */
    ConsoleProgress stage(String name) {
        stage = name;
        stageStart = clock.getAsLong();
        drawnOnce = false;
        lastLoggedFraction = Double.NaN;
        return this;
    }

    @Override
    public void checkCanceled() throws CanceledException {
        if (cancel.get()) {
            throw new CanceledException("Cancelled by Ctrl-C");
        }
    }

    @Override
    public void setProgress(double fraction, Supplier<String> message) {
        long now = clock.getAsLong();
        boolean finished = fraction >= 1.0;
        if (terminal) {
            if (drawnOnce && !finished && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            draw(fraction, message.get());
        } else {
            if (!shouldLog(now, fraction, finished)) {
                return;
            }
            err.println(line(fraction, message.get(), false));
            err.flush();
            lastLoggedFraction = fraction;
        }
        lastDraw = now;
        drawnOnce = true;
    }

    /**
     * Plain-line policy: quick stages (under a second) print nothing; otherwise at most one line a second, after 5 %
     * more progress or 10 s of silence, and the final line of a stage that printed before.
     */
    private boolean shouldLog(long now, double fraction, boolean finished) {
        if (!drawnOnce) {
            return now - stageStart >= LOG_NANOS && !finished;
        }
        if (finished) {
            return !(lastLoggedFraction >= 1.0);
        }
        boolean moved = Double.isNaN(fraction) || Double.isNaN(lastLoggedFraction) || fraction - lastLoggedFraction >= 0.05;
        return now - lastDraw >= LOG_NANOS && (moved || now - lastDraw >= LOG_QUIET_NANOS);
    }

    /** Ends the redrawn line on a terminal so later output starts on a fresh line. */
    void done() {
        if (terminal && drawnWidth > 0) {
            err.println();
            err.flush();
            drawnWidth = 0;
        }
    }

    private void draw(double fraction, String message) {
        String text = line(fraction, message, true);
        StringBuilder sb = new StringBuilder("\r").append(text);
        for (int i = text.length(); i < drawnWidth; i++) {
            sb.append(' ');
        }
        drawnWidth = text.length();
        err.print(sb);
        err.flush();
    }

    /** One progress line; the bar only on terminals. */
    String line(double fraction, String message, boolean bar) {
        StringBuilder sb = new StringBuilder(stage);
        if (!Double.isNaN(fraction)) {
            double f = Math.min(1, Math.max(0, fraction));
            if (bar) {
                int filled = (int) Math.round(f * BAR_WIDTH);
                sb.append(sb.length() > 0 ? " [" : "[").append("#".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append(']');
            }
            sb.append(String.format(Locale.ROOT, "%s%3d%%", sb.length() > 0 ? " " : "", (int) Math.floor(f * 100)));
        }
        if (message != null && !message.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append(message);
        }
        return sb.toString();
    }
}
