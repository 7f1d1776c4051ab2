/** Spike-set distances, matching and clustering scores (method.md section 5). */
package io.spikemix.engine.evaluate;
