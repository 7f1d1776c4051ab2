package org.knime.core.node.workflow;

/** Compile-only surface of KNIME's {@code CredentialsProvider} (type only); see README. */
public final class CredentialsProvider {

    private CredentialsProvider() {
        throw new UnsupportedOperationException();
    }
}
