package io.spikemix.engine.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProgressMonitorTest {

    private static final class Recording implements ProgressMonitor {
        final List<Double> fractions = new ArrayList<>();
        boolean canceled;

        @Override
        public void checkCanceled() throws CanceledException {
            if (canceled) {
                throw new CanceledException();
            }
        }

        @Override
        public void setProgress(double fraction, Supplier<String> message) {
            fractions.add(fraction);
        }
    }

    @Test
    void subRangeMapsItsProgressIntoTheParentsInterval() {
        Recording r = new Recording();
        ProgressMonitor sub = r.subRange(0.5, 0.75).subRange(0.0, 0.5);
        sub.setProgress(0.0, "a");
        sub.setProgress(1.0, "b");
        sub.setProgress(2.0, "clamped");
        assertEquals(List.of(0.5, 0.625, 0.625), r.fractions);
    }

    @Test
    void subRangeIsCanceledWithItsParent() {
        Recording r = new Recording();
        ProgressMonitor sub = r.subRange(0, 1);
        r.canceled = true;
        assertThrows(CanceledException.class, sub::checkCanceled);
    }

    @Test
    void rejectsInvertedRanges() {
        assertThrows(IllegalArgumentException.class, () -> ProgressMonitor.NONE.subRange(0.6, 0.5));
    }
}
