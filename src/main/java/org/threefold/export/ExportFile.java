package org.threefold.export;

/**
 * A written export: the name to save it under, its type and the SHA-256 of the data it
 * was built from.
 */
public record ExportFile(String fileName, String contentType, String dataHash) {

}
