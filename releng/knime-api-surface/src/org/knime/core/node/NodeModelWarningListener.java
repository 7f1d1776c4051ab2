package org.knime.core.node;

import java.util.EventListener;

/** Compile-only surface of KNIME's {@code NodeModelWarningListener} (type only); see README. */
public interface NodeModelWarningListener extends EventListener {
}
