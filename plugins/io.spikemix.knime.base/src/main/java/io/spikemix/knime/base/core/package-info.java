/**
 * Node cores without KNIME: each node's execute path as plain columns and rows in, plain tables and appended columns
 * out, with progress and cancel through the engine's monitor. The node models only translate KNIME tables to and
 * from these types; the cores are tested headlessly, including that what configure announces is what execute
 * produces.
 */
package io.spikemix.knime.base.core;
