/**
 * The full-covariance Gaussian mixture SpikeMix compares the SMM with, and the spectral-gap formula that turns its
 * covariances into spikes (Delacour et al., arXiv:2501.01840, eqs. 19–21; {@code docs/method.md} §4).
 */
package io.spikemix.engine.gmm;
