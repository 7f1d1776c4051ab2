package org.knime.core.node.config.base;

import java.io.Serializable;

import javax.swing.tree.TreeNode;

/** Compile-only surface of KNIME's {@code AbstractConfigEntry} (bundle org.knime.core.util); see README. */
public abstract class AbstractConfigEntry implements Serializable, TreeNode {

    private static final long serialVersionUID = 1L;

    AbstractConfigEntry() {
        throw new UnsupportedOperationException();
    }

    public final String getKey() {
        throw new UnsupportedOperationException();
    }

    public final TreeNode getParent() {
        throw new UnsupportedOperationException();
    }

    public final boolean getAllowsChildren() {
        throw new UnsupportedOperationException();
    }
}
