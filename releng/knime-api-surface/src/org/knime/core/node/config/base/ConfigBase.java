package org.knime.core.node.config.base;

import java.util.Enumeration;
import java.util.Iterator;
import java.util.Set;

import javax.swing.tree.TreeNode;

import org.knime.core.node.InvalidSettingsException;

/** Compile-only surface of KNIME's {@code ConfigBase} (bundle org.knime.core.util); see README. */
public abstract class ConfigBase extends AbstractConfigEntry implements ConfigBaseRO, ConfigBaseWO {

    public ConfigBase(final String key) {
        throw new UnsupportedOperationException();
    }

    public Set<String> keySet() {
        throw new UnsupportedOperationException();
    }

    public boolean containsKey(final String key) {
        throw new UnsupportedOperationException();
    }

    public int getInt(final String key, final int def) {
        throw new UnsupportedOperationException();
    }

    public int[] getIntArray(final String key, final int... def) {
        throw new UnsupportedOperationException();
    }

    public double getDouble(final String key, final double def) {
        throw new UnsupportedOperationException();
    }

    public double[] getDoubleArray(final String key, final double... def) {
        throw new UnsupportedOperationException();
    }

    public long[] getLongArray(final String key, final long... def) {
        throw new UnsupportedOperationException();
    }

    public long getLong(final String key, final long def) {
        throw new UnsupportedOperationException();
    }

    public boolean getBoolean(final String key, final boolean def) {
        throw new UnsupportedOperationException();
    }

    public boolean[] getBooleanArray(final String key, final boolean... def) {
        throw new UnsupportedOperationException();
    }

    public String getString(final String key, final String def) {
        throw new UnsupportedOperationException();
    }

    public String[] getStringArray(final String key, final String... def) {
        throw new UnsupportedOperationException();
    }

    public final Iterator<String> iterator() {
        throw new UnsupportedOperationException();
    }

    public void addInt(final String key, final int value) {
        throw new UnsupportedOperationException();
    }

    public void addDouble(final String key, final double value) {
        throw new UnsupportedOperationException();
    }

    public void addLong(final String key, final long value) {
        throw new UnsupportedOperationException();
    }

    public void addString(final String key, final String value) {
        throw new UnsupportedOperationException();
    }

    public void addBoolean(final String key, final boolean value) {
        throw new UnsupportedOperationException();
    }

    public void addIntArray(final String key, final int... values) {
        throw new UnsupportedOperationException();
    }

    public void addDoubleArray(final String key, final double... values) {
        throw new UnsupportedOperationException();
    }

    public void addLongArray(final String key, final long... values) {
        throw new UnsupportedOperationException();
    }

    public void addBooleanArray(final String key, final boolean... values) {
        throw new UnsupportedOperationException();
    }

    public void addStringArray(final String key, final String... values) {
        throw new UnsupportedOperationException();
    }

    public TreeNode getChildAt(final int childIndex) {
        throw new UnsupportedOperationException();
    }

    public int getChildCount() {
        throw new UnsupportedOperationException();
    }

    public int getIndex(final TreeNode node) {
        throw new UnsupportedOperationException();
    }

    public final boolean isLeaf() {
        throw new UnsupportedOperationException();
    }

    public final Enumeration<TreeNode> children() {
        throw new UnsupportedOperationException();
    }

    public int getInt(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public double getDouble(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public long getLong(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public String getString(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public boolean getBoolean(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public int[] getIntArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public long[] getLongArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public boolean[] getBooleanArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public String[] getStringArray(final String key) throws InvalidSettingsException {
        throw new UnsupportedOperationException();
    }

    public void addPassword(final String key, final String encryptionKey, final String value) {
        throw new UnsupportedOperationException();
    }
}
