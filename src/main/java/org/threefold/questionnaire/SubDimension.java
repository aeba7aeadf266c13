package org.threefold.questionnaire;

import java.util.List;

/**
 * A sub-dimension of the framework with its band-1 ({@code low}) and band-5
 * ({@code high}) descriptions and its seed sources.
 */
public record SubDimension(String id, Dimension dimension, String name, String description, String low, String high,
		List<String> sources) {
}
