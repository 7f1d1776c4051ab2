package io.spikemix.engine.io.mat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.spikemix.engine.io.SpectralFileException;

/**
 * Refuses a truncated HDF5 (MATLAB 7.3) file before jHDF reads it: the superblock records where the file ends, and
 * jHDF would otherwise read the missing bytes of a dataset as zeros without complaint. The superblock is read here
 * because jHDF does not export it.
 */
final class Hdf5Length {

    private static final long[] SUPERBLOCK_OFFSETS = { 0, 512 };

    private Hdf5Length() {
    }

    static void check(Path file) throws SpectralFileException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            for (long at : SUPERBLOCK_OFFSETS) {
                ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
                ch.read(b, at);
                b.flip();
                if (b.remaining() >= 8 && b.getLong(0) == 0x0A1A0A0D46444889L) {
                    long end = endOfFileAddress(b);
                    // the end-of-file address counts from the base address, which HDF5 fixes at the superblock
                    if (end >= 0 && at + end > size) {
                        throw new SpectralFileException(file, "HDF5 end-of-file address", "expected " + (at + end)
                                + " bytes, found " + size + "; the file is truncated");
                    }
                    return;
                }
            }
        } catch (SpectralFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SpectralFileException(file, "MATLAB 7.3 (HDF5)", "cannot be read: "
                    + SpectralFileException.reason(e), e);
        }
    }

    /** The superblock's end-of-file address (HDF5 format spec §II.A), or -1 when undefined or unreadable. */
    private static long endOfFileAddress(ByteBuffer b) {
        if (b.limit() < 16) {
            return -1;
        }
        int version = b.get(8);
        int offsets;
        int at;
        if (version == 0 || version == 1) {
            offsets = b.get(13);
            at = (version == 0 ? 24 : 28) + 2 * offsets;
        } else if (version == 2 || version == 3) {
            offsets = b.get(9);
            at = 12 + 2 * offsets;
        } else {
            return -1;
        }
        if (offsets != 2 && offsets != 4 && offsets != 8 || at + offsets > b.limit()) {
            return -1;
        }
        long v = 0;
        for (int i = offsets - 1; i >= 0; i--) {
            v = (v << 8) | (b.get(at + i) & 0xFF);
        }
        boolean undefined = offsets == 8 ? v == -1 : v == (1L << (8 * offsets)) - 1;
        return undefined ? -1 : v;
    }
}
