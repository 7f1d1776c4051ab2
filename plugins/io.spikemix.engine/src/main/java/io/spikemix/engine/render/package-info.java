/** Headless rendering of label maps, responsibility maps, spectra plots and comparison panels to PNG. */
package io.spikemix.engine.render;
