package org.knime.core.internal;

/** Compile-only surface of KNIME's {@code SerializerMethodLoader} (nested type only); see README. */
public final class SerializerMethodLoader {

    private SerializerMethodLoader() {
        throw new UnsupportedOperationException();
    }

    /** Marker of serializers for type {@code T}. */
    public interface Serializer<T> {
    }
}
