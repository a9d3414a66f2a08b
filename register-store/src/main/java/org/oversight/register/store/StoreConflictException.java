package org.oversight.register.store;

/**
 * A commit named a parent revision that is no longer the latest: someone else committed first. The
 * commit changed nothing; read the latest revision, apply the change again, and commit on it.
 */
public final class StoreConflictException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** The parent revision the commit named. */
  private final long parent;

  /** The latest revision when the commit was refused. */
  private final long latest;

  /**
   * Creates an exception.
   *
   * @param parent the parent revision the commit named
   * @param latest the latest revision when the commit was refused
   */
  public StoreConflictException(long parent, long latest) {
    super(
        "conflict: the commit was made on revision "
            + parent
            + ", but the latest revision is "
            + (latest == parent ? "being written by another commit" : String.valueOf(latest))
            + "; nothing was changed (read the latest revision and commit on it)");
    this.parent = parent;
    this.latest = latest;
  }

  /**
   * Returns the parent revision the commit named.
   *
   * @return the revision number, 0 for an empty store
   */
  public long parent() {
    return parent;
  }

  /**
   * Returns the latest revision when the commit was refused.
   *
   * @return the revision number; equal to {@link #parent()} when another commit on the same parent
   *     was being written at the same moment
   */
  public long latest() {
    return latest;
  }
}
