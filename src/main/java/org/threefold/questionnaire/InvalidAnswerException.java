package org.threefold.questionnaire;

/** An answer that does not fit its question; the message says how to fix it. */
public class InvalidAnswerException extends RuntimeException {

	public InvalidAnswerException(String message) {
		super(message);
	}

}
