/**
 * The one interface every fitted model of the engine implements ({@link io.spikemix.engine.model.FittedModel}), so
 * that the command line and the nodes score, label and describe SMM, GMM and k-means results the same way.
 */
package io.spikemix.engine.model;
