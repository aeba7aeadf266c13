package org.threefold.partner;

import org.threefold.shared.IcsId;

/**
 * An Integrated Care System as screens see it.
 *
 * @param demo whether this is the fictional demo partnership loaded on first start
 */
public record IcsView(IcsId id, String code, String name, String region, boolean demo, long partnerCount) {
}
