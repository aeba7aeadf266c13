package org.threefold.partner.internal;

import org.threefold.partner.IcsView;
import org.threefold.shared.IcsId;

public record IcsRow(Long id, String code, String name, String region, boolean demo, Long partnerCount) {

	public IcsView toView() {
		return new IcsView(new IcsId(this.id), this.code, this.name, this.region, this.demo, this.partnerCount);
	}

}
