package io.spikemix.engine.io.imzml;

import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.parallel.Threads;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerArray;

import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;

/**
 * Parses one imzML document on several threads: the spectrum list is cut at spectrum start tags into pieces of
 * about equal size; the calling thread parses the document with those pieces cut out, each other thread one piece
 * wrapped in a synthetic root element, and the spectra are joined in document order.
 *
 * <p>Why: the XML is most of the time of reading an imzML file (on a 500,000-spectrum file 508 MB of XML against
 * 381 MB of binary data), and one StAX stream runs on one core.
 *
 * <p>Correctness does not rest on the byte search that proposes the cuts. A cut at byte c is proven by the calling
 * thread's parser: the end tag of the spectrum list, spliced in at c, must start exactly at byte c and close the
 * spectrum list that was open, so the document's bytes before c are complete markup ending between two elements of
 * the spectrum list. Each piece must then parse as well-formed, balanced content, which carries the same position
 * on to the next cut. The pieces see the parameter groups defined before the spectrum list, and may hold none of the
 * elements whose parameters reach beyond them (file content, scan settings, groups, spectrum lists), nor may a
 * spectrum follow the list; so the events, and the index, equal those of one sequential parse. If anything fails, an
 * error included, {@link #run()} answers null and the caller parses sequentially, which reports the error with its
 * true line number. Only a document without any cut (too small) is reported on directly: it was parsed whole.
 *
 * <p>Threads: the monitor is only touched by the calling thread; the others poll a stop flag every 1024 spectra.
 * All threads have ended when {@link #run()} returns or throws.
 */
final class ParallelImzmlParse {

    private final Path file;
    private final long size;
    private final int threads;
    private final long minPartBytes;
    private final ProgressMonitor monitor;
    private final List<Future<SpectrumRecords>> pieces = new ArrayList<>();
    private volatile boolean stop;
    private AtomicIntegerArray pieceCounts = new AtomicIntegerArray(0);
    private ExecutorService pool;
    /** The pool's threads, joined on shutdown: a terminated pool's last thread may still be running its exit. */
    private final List<Thread> pieceThreads = new java.util.concurrent.CopyOnWriteArrayList<>();

    ParallelImzmlParse(Path file, long size, int threads, long minPartBytes, ProgressMonitor monitor) {
        this.file = file;
        this.size = size;
        this.threads = threads;
        this.minPartBytes = minPartBytes;
        this.monitor = monitor;
    }

    /**
     * The index, or null when the parallel parse cannot stand for the sequential one.
     *
     * @throws SpectralFileException only when no cut was made (the parse was the sequential one)
     */
    ImzmlIndex run() throws SpectralFileException, CanceledException {
        try (SegmentInputStream in = new SegmentInputStream(file, "", 0, size, "")) {
            ImzmlXmlHandler handler = ImzmlXmlHandler.forDocument(file, ImzmlParser.progress(monitor,
                    this::piecesDone), (h, r) -> cut(h, r, in));
            try {
                ImzmlParser.run(file, handler, in);
            } catch (SpectralFileException e) {
                if (pieces.isEmpty()) {
                    throw e;
                }
                return null;
            } catch (ImzmlXmlHandler.Unsplittable e) {
                return null;
            }
            SpectrumRecords all = handler.records();
            for (Future<SpectrumRecords> piece : pieces) {
                SpectrumRecords part = await(piece, handler.records().count(), handler.declaredCount());
                if (part == null) {
                    return null;
                }
                all.appendAll(part);
            }
            return handler.build(all);
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            // opening or closing the document failed: the sequential parse reports it
            return null;
        } finally {
            shutdown();
        }
    }

    /** How many pieces other threads parsed (0 when the document was not cut); known after {@link #run()}. */
    int pieceCount() {
        return pieces.size();
    }

    private int piecesDone() {
        int sum = 0;
        for (int i = 0; i < pieceCounts.length(); i++) {
            sum += pieceCounts.get(i);
        }
        return sum;
    }

    /** At the start of the spectrum list: proposes the cuts, splices the first one in and starts the pieces. */
    private void cut(ImzmlXmlHandler handler, XMLStreamReader r, SegmentInputStream in) {
        try {
            String declaration = handler.atPlainSpectrumList() ? SpectrumListCuts.pieceDeclaration(file) : null;
            if (declaration == null) {
                return;
            }
            long listStart = ((XMLStreamReader2) r).getLocationInfo().getStartingByteOffset();
            long end = SpectrumListCuts.lastEndTag(file, size);
            if (listStart < 0 || end <= listStart) {
                return;
            }
            long span = end - listStart;
            int k = (int) Math.min(threads, span / minPartBytes);
            List<Long> cuts = new ArrayList<>();
            for (int i = 1; i < k; i++) {
                long from = Math.max(listStart + span * i / k, cuts.isEmpty() ? listStart + 1
                        : cuts.get(cuts.size() - 1) + 1);
                long c = SpectrumListCuts.nextSpectrumTag(file, from, end);
                if (c < 0) {
                    break;
                }
                cuts.add(c);
            }
            if (cuts.isEmpty() || !in.splice(cuts.get(0), end, size)) {
                return;
            }
            handler.expectJunction(cuts.get(0));
            Map<String, List<ImzmlXmlHandler.Param>> groups = handler.groupsSnapshot();
            pieceCounts = new AtomicIntegerArray(cuts.size());
            pool = Executors.newFixedThreadPool(cuts.size(), task -> {
                Thread t = new Thread(task, "spikemix-imzml-parse " + file.getFileName());
                t.setDaemon(true);
                pieceThreads.add(t);
                return t;
            });
            for (int j = 0; j < cuts.size(); j++) {
                long from = cuts.get(j);
                long to = j + 1 < cuts.size() ? cuts.get(j + 1) : end;
                int slot = j;
                pieces.add(pool.submit(() -> parsePiece(slot, declaration, from, to, groups)));
            }
        } catch (IOException e) {
            // the searches failed to read: no cut, the calling thread parses everything
        }
    }

    /** One piece on its own thread; any failure, or the stop flag, ends it with an exception. */
    private SpectrumRecords parsePiece(int slot, String declaration, long from, long to,
            Map<String, List<ImzmlXmlHandler.Param>> groups) throws Exception {
        ImzmlXmlHandler handler = ImzmlXmlHandler.forFragment(file, groups, (own, declared) -> {
            pieceCounts.set(slot, own);
            if (stop) {
                throw new CanceledException();
            }
        });
        try (SegmentInputStream in = new SegmentInputStream(file, declaration + "<w>", from, to, "</w>")) {
            ImzmlParser.run(file, handler, in);
        }
        return handler.records();
    }

    /** The piece's spectra, or null when it failed; polls the monitor for cancel while waiting. */
    private SpectrumRecords await(Future<SpectrumRecords> piece, int own, int declared) throws CanceledException {
        while (true) {
            try {
                return piece.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                monitor.checkCanceled();
                int done = own + piecesDone();
                monitor.setProgress(declared > 0 ? Math.min(1, (double) done / declared) : Double.NaN,
                        () -> "Parsing imzML: " + done + " spectra");
            } catch (ExecutionException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CanceledException("interrupted while parsing " + file.getFileName());
            }
        }
    }

    /** Stops the piece threads and waits until they have ended. */
    private void shutdown() {
        stop = true;
        if (pool == null) {
            return;
        }
        pool.shutdownNow();
        // Every pool thread came from the factory, so once all have ended the pool has terminated too.
        Threads.joinAll(pieceThreads);
    }
}
