/**
 * The spiked mixture model of Delacour et al., <i>Signal Recovery Using a Spiked Mixture Model</i>, arXiv:2501.01840
 * (2025): y = α·x_z + ε fitted by EM with the leading eigenpairs of the responsibility-weighted scatter matrices, the
 * greedy saturated set of non-zero spikes and sieving restarts. The equations as implemented, and the choices the
 * paper leaves open, are in the repository's {@code docs/method.md}, which the Javadoc here cites as "method.md §n"
 * and "eq. n".
 */
package io.spikemix.engine.smm;
