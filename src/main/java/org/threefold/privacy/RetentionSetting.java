package org.threefold.privacy;

import java.util.Optional;

import org.threefold.shared.IcsId;

/**
 * How long one partnership keeps raw answers after an assessment closes.
 *
 * @param months empty when raw answers are kept until someone deletes them
 */
public record RetentionSetting(IcsId ics, Optional<Integer> months) {

	public static final int MIN_MONTHS = 1;

	public static final int MAX_MONTHS = 120;

}
