/**
 * Spatially regularised EM: neighbourhood EM (Ambroise, Dang and Govaert 1997) on the image grid, for the spiked
 * mixture model and the GMM baseline (docs/method.md §8, eqs. 36–39). {@link io.spikemix.engine.spatial.SpatialGrid}
 * holds each pixel's neighbours, {@link io.spikemix.engine.spatial.NeighbourhoodEStep} the E-step that never
 * decreases the penalised criterion, and {@link io.spikemix.engine.spatial.PottsPseudoLikelihood} the choice of β
 * for {@code --spatial-beta auto}. Not in the paper by Delacour et al. (arXiv:2501.01840).
 */
package io.spikemix.engine.spatial;
