package org.knime.core.node.streamable;

/** Compile-only surface of KNIME's {@code PartitionInfo}; see README. */
public class PartitionInfo {

    public PartitionInfo(final int partitionIndex, final int partitionCount) {
        throw new UnsupportedOperationException();
    }

    public int getPartitionIndex() {
        throw new UnsupportedOperationException();
    }

    public int getPartitionCount() {
        throw new UnsupportedOperationException();
    }
}
