package org.threefold.export;

import java.util.function.Consumer;

/**
 * Anonymised responses of an assessment, read when a writer asks for them, one at a time.
 *
 * @param released responses that will be handed over
 * @param leftOut responses left out because their organisation and audience together have
 * fewer respondents than the threshold
 */
public record AnonymisedResponses(long released, long leftOut, Source source) {

	/** Streams the rows. */
	@FunctionalInterface
	public interface Source {

		void forEach(Consumer<AnonymisedResponse> each);

	}

	public void forEach(Consumer<AnonymisedResponse> each) {
		this.source.forEach(each);
	}

}
