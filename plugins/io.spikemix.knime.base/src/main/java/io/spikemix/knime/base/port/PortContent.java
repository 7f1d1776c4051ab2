package io.spikemix.knime.base.port;

import io.spikemix.knime.base.config.ConfigSink;

/** What a SpikeMix port carries, KNIME-free: a fitted model or the spec of one, saved as key/value config. */
public interface PortContent {

    /** Writes the content; the matching {@code load(ConfigSource)} of the content class reads it back. */
    void save(ConfigSink out);

    /** The content of a port's spec: known at configure time and shown as the port's summary. */
    interface Spec extends PortContent {

        /** One line describing the model for KNIME's port view and tooltips. */
        String summary();
    }

    /** The content of a port object: a fitted model, with the spec content it announces. */
    interface Model<S extends Spec> extends PortContent {

        /** The spec content the port object announces (what configure could know). */
        S portSpec();
    }
}
