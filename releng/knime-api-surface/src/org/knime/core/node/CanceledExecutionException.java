package org.knime.core.node;

import org.knime.core.internal.MessageAwareException;
import org.knime.core.node.message.Message;

/** Compile-only surface of KNIME's {@code CanceledExecutionException}; see README. */
public class CanceledExecutionException extends Exception implements MessageAwareException {

    private static final long serialVersionUID = 1L;

    public static final Message DEFAULT_CANCEL_MESSAGE = null;

    public CanceledExecutionException() {
        throw new UnsupportedOperationException();
    }

    public CanceledExecutionException(final String s) {
        throw new UnsupportedOperationException();
    }

    public CanceledExecutionException(final Message message) {
        throw new UnsupportedOperationException();
    }

    public Message getKNIMEMessage() {
        throw new UnsupportedOperationException();
    }

    /** Cancellation check that may skip most invocations. */
    public interface CancelChecker {

        void checkCanceled() throws CanceledExecutionException;

        public static CancelChecker checkCanceledPeriodically(final ExecutionContext exec) {
            throw new UnsupportedOperationException();
        }

        public static CancelChecker checkCanceledPeriodically(final ExecutionContext exec,
            final long skipEveryNInvocations) {
            throw new UnsupportedOperationException();
        }

        public static CancelChecker checkCanceledPeriodicallyWithProgress(final ExecutionContext exec,
            final long executeEveryNthInvocation, final long targetInvocations) {
            throw new UnsupportedOperationException();
        }
    }
}
