/**
 * k-means (k-means++ starts, Lloyd iterations with Hamerly's bounds), the third method of the comparison in
 * Delacour et al., arXiv:2501.01840; its spikes come from the clusters' second moments by the spectral-gap formula
 * ({@code docs/method.md} §4).
 */
package io.spikemix.engine.kmeans;
