package org.knime.core.data.image;

import org.knime.core.data.DataValue;

/** Compile-only surface of KNIME's {@code ImageValue}; see README. */
public interface ImageValue extends DataValue {

    public ImageContent getImageContent();

    public String getImageExtension();
}
