package org.oversight.register.store;

/**
 * The store could not be opened, read or written: the database refused, the location holds no
 * register store, or a stored record no longer reads.
 *
 * <p>Messages never hold register data: no record, no authorisation reference, no reason text, no
 * password; a database error is named by its SQL state, not its message, because a driver's message
 * may quote the values of a statement.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed, on one line, holding no register data
   */
  public StoreException(String message) {
    super(message);
  }
}
