package com.discoverybrief.discovery.ui;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Tells a failure worth retrying from one that will fail the same way every time. Only a database
 * that is unreachable, busy, timed out or that lost a race is transient; refused input, a missing
 * session or a refused user are final and must be said, not retried for ever.
 */
final class Failures {

    /**
     * SQLSTATE classes of a passing condition: connection (08), transaction rollback such as a
     * deadlock (40), insufficient resources (53), operator intervention such as a cancelled statement
     * or a restarting server (57).
     */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57");
    /** The generic statement timeout, which H2 reports. */
    private static final String TIMEOUT_SQL_STATE = "HYT00";

    private Failures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransactionTimedOutException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || brokenTransaction(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && transientState(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Beginning, committing or rolling back failed: the connection died under the transaction. When
     * the connection breaks mid-save, the failed rollback is what reaches the caller and hides the
     * I/O error that caused it.
     */
    private static boolean brokenTransaction(Throwable cause) {
        return cause instanceof TransactionSystemException || cause instanceof org.hibernate.TransactionException;
    }

    private static boolean transientState(String state) {
        return state != null && state.length() >= 2
                && (TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2)) || TIMEOUT_SQL_STATE.equals(state));
    }
}
