package org.threefold.shared;

/**
 * Thrown when a record does not exist <em>for the caller</em>. Records of another ICS are
 * reported the same way as records that do not exist at all, so that an identifier typed
 * into a URL reveals nothing about other partnerships.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " was not found");
	}

}
