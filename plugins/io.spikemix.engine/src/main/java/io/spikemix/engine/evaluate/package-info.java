/**
 * Spike-set distances (sign-invariant squared Euclidean and absolute cosine), Hausdorff distances, optimal matching
 * and clustering scores, as used by Delacour et al., arXiv:2501.01840 ({@code docs/method.md} §5).
 */
package io.spikemix.engine.evaluate;
