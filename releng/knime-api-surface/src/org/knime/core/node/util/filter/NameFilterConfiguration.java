package org.knime.core.node.util.filter;

import java.util.List;

/** Compile-only surface of KNIME's {@code NameFilterConfiguration} (nested FilterResult only); see README. */
public class NameFilterConfiguration implements Cloneable {

    public NameFilterConfiguration(final String configRootName) {
        throw new UnsupportedOperationException();
    }

    /** Result of applying a filter to a list of names. */
    public static class FilterResult {

        public FilterResult(final List<String> incls, final List<String> excls, final List<String> removedFromIncludes,
            final List<String> removedFromExcludes) {
            throw new UnsupportedOperationException();
        }

        public String[] getIncludes() {
            throw new UnsupportedOperationException();
        }

        public String[] getExcludes() {
            throw new UnsupportedOperationException();
        }

        public String[] getRemovedFromIncludes() {
            throw new UnsupportedOperationException();
        }

        public String[] getRemovedFromExcludes() {
            throw new UnsupportedOperationException();
        }

    }
}
