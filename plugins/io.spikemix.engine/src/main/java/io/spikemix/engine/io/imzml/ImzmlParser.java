package io.spikemix.engine.io.imzml;

import io.spikemix.engine.io.SpectralFileException;
import io.spikemix.engine.progress.CanceledException;
import io.spikemix.engine.progress.ProgressMonitor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * Streams the XML of an imzML 1.1 file with StAX into an {@link ImzmlIndex}; no DOM is built, so memory grows only
 * with the ~50 bytes kept per spectrum. The meaning of the elements and cvParams is {@link ImzmlXmlHandler}'s.
 *
 * <p>The parser is Aalto's StAX implementation, created directly (no service lookup, which OSGi may not see):
 * measured on a 106 MB imzML it parses in about half the CPU time of the JDK's built-in StAX parser (Woodstox:
 * about 0.9x). DTD support, external entities and entity replacement are off: a DOCTYPE is skipped, an entity
 * reference is never expanded or fetched (in an attribute it is a malformed-XML error).
 *
 * <p>On several cores a large file is parsed by {@link ParallelImzmlParse} (its spectrum list cut into pieces, one
 * thread each); the result, and every error, is exactly that of the sequential parse, which is used whenever the
 * cut cannot be proven. Time O(XML bytes) CPU, divided by up to {@value #MAX_THREADS} threads in wall time; memory
 * O(spectra).
 */
public final class ImzmlParser {

    /** Most threads one parse uses. */
    static final int MAX_THREADS = 4;

    /** Smallest piece of the spectrum list given to a thread: smaller files are parsed on the calling thread. */
    static final long MIN_PART_BYTES = 16L << 20;

    private ImzmlParser() {
    }

    /**
     * Parses the imzML file, on up to {@value #MAX_THREADS} threads when the file is large and cores are free.
     *
     * @throws SpectralFileException for malformed XML or missing, contradictory or unsupported parameters
     */
    public static ImzmlIndex parse(Path imzml, ProgressMonitor monitor) throws SpectralFileException,
            CanceledException {
        return parse(imzml, monitor, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()),
                MIN_PART_BYTES);
    }

    /**
     * Parses with at most {@code threads} threads, giving each at least {@code minPartBytes} of the spectrum list.
     */
    static ImzmlIndex parse(Path imzml, ProgressMonitor monitor, int threads, long minPartBytes)
            throws SpectralFileException, CanceledException {
        long size;
        try {
            size = Files.size(imzml);
        } catch (IOException e) {
            throw new SpectralFileException(imzml, "imzML", "cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new SpectralFileException(imzml, "imzML", "the file is empty; expected an imzML XML document");
        }
        if (threads > 1 && size >= 2 * minPartBytes) {
            ImzmlIndex index = new ParallelImzmlParse(imzml, size, threads, minPartBytes, monitor).run();
            if (index != null) {
                return index;
            }
        }
        return sequential(imzml, size, monitor);
    }

    /** The whole document on the calling thread. */
    static ImzmlIndex sequential(Path imzml, long size, ProgressMonitor monitor) throws SpectralFileException,
            CanceledException {
        ImzmlXmlHandler handler = ImzmlXmlHandler.forDocument(imzml, progress(monitor, null), null);
        try (InputStream in = new SegmentInputStream(imzml, "", 0, size, "")) {
            run(imzml, handler, in);
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SpectralFileException(imzml, "imzML", "cannot be read: " + e.getMessage(), e);
        } catch (ImzmlXmlHandler.Unsplittable e) {
            throw new IllegalStateException("a sequential parse has no cut", e);
        }
        return handler.build(handler.records());
    }

    /** Progress and cancel every 1024 spectra; {@code others} adds the spectra other threads have read. */
    static ImzmlXmlHandler.Tick progress(ProgressMonitor monitor, java.util.function.IntSupplier others) {
        return (own, declared) -> {
            monitor.checkCanceled();
            int done = own + (others == null ? 0 : others.getAsInt());
            monitor.setProgress(declared > 0 ? Math.min(1, (double) done / declared) : Double.NaN,
                    () -> "Parsing imzML: " + done + " spectra");
        };
    }

    /** A StAX factory configured as described above; one per thread. */
    static XMLInputFactory newFactory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        // imzML uses one default namespace; matching local names without namespace processing is faster
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    /**
     * Feeds the XML of {@code in} to the handler, turning the parser's complaints into {@link SpectralFileException}s
     * naming the line and column.
     */
    static void run(Path file, ImzmlXmlHandler handler, InputStream in) throws SpectralFileException,
            CanceledException, ImzmlXmlHandler.Unsplittable {
        try {
            XMLStreamReader r = newFactory().createXMLStreamReader(in);
            handler.run(r);
            r.close();
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "XML" : "XML line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber();
            // the parser appends its own location on a second line; line and column are already in 'where'
            String problem = String.valueOf(e.getMessage()).split("\\R", 2)[0].strip();
            throw new SpectralFileException(file, where, "malformed XML; expected a well-formed imzML document: "
                    + problem, e);
        } catch (RuntimeException e) {
            // some StAX implementations report malformed input (or failed reads) with unchecked exceptions
            throw new SpectralFileException(file, "XML", "malformed XML; expected a well-formed imzML document: "
                    + SpectralFileException.reason(e), e);
        }
    }
}
