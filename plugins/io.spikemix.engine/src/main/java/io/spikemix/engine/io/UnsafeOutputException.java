package io.spikemix.engine.io;

import java.io.IOException;

/**
 * An output {@link OutputGuard} refused because writing it could replace or delete a file the user gave as input,
 * or a folder SpikeMix did not write. The message is one line naming the option, the path and the reason.
 */
public final class UnsafeOutputException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
        super(message);
    }
}
