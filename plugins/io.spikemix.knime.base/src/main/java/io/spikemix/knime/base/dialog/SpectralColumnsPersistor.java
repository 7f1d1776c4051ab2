package io.spikemix.knime.base.dialog;

import org.knime.node.parameters.persistence.legacy.LegacyColumnFilterPersistor;

/**
 * Reads and writes the "Spectral columns" setting of the learner and normalizer nodes in the format of the classic
 * column filter settings model under its original key {@code spectralColumns}, so saved workflows keep loading and
 * the node models, which still read that settings model, see what the web dialog wrote (knime-webui-facts §4.2).
 *
 * <p>{@code LegacyColumnFilterPersistor} is in a package KNIME marks x-internal; it is KNIME's documented way to keep
 * a classic column filter's settings (its package-info), hence the {@code restriction} suppression.
 */
@SuppressWarnings("restriction")
public final class SpectralColumnsPersistor extends LegacyColumnFilterPersistor {

    /** The settings key every SpikeMix node with a spectral column filter has used since its first release. */
    public static final String KEY = "spectralColumns";

    /** KNIME instantiates persistors reflectively through this constructor. */
    public SpectralColumnsPersistor() {
        super(KEY);
    }
}
