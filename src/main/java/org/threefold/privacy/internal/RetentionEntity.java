package org.threefold.privacy.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "ics_retention")
public class RetentionEntity {

	@Id
	@Column(name = "ics_id")
	private Long icsId;

	@Column(name = "raw_answer_months", nullable = false)
	private int months;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected RetentionEntity() {
	}

	public RetentionEntity(Long icsId, int months, Instant updatedAt) {
		this.icsId = icsId;
		this.months = months;
		this.updatedAt = updatedAt;
	}

	public Long getIcsId() {
		return this.icsId;
	}

	public int getMonths() {
		return this.months;
	}

	public void change(int months, Instant updatedAt) {
		this.months = months;
		this.updatedAt = updatedAt;
	}

}
