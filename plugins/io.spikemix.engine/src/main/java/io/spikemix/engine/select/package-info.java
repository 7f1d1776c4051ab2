/**
 * Choosing the number of components K (docs/method.md §9): {@link io.spikemix.engine.select.KScan} fits each method
 * of a K range with the same options and seed, and scores every K by the log-likelihood, BIC and ICL (SMM, GMM,
 * {@link io.spikemix.engine.select.InformationCriteria}) or the inertia and a silhouette computed from per-cluster
 * sums (k-means, {@link io.spikemix.engine.select.Silhouette}); {@link io.spikemix.engine.select.Knee} finds the
 * knee of a curve. Each method's {@link io.spikemix.engine.select.ScanResult} marks the K it recommends.
 */
package io.spikemix.engine.select;
