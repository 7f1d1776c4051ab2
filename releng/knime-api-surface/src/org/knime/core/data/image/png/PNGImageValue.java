package org.knime.core.data.image.png;

import org.knime.core.data.image.ImageValue;

/** Compile-only surface of KNIME's {@code PNGImageValue}; see README. */
public interface PNGImageValue extends ImageValue {

    public PNGImageContent getImageContent();
}
