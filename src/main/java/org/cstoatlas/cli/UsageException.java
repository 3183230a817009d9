package org.cstoatlas.cli;

/** A command line the atlas cannot act on; its message says why, and the usage follows. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
