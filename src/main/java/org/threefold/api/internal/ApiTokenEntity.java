package org.threefold.api.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.threefold.api.ApiTokenView;

@Entity
@Table(name = "api_token")
public class ApiTokenEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
	@SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
	private Long id;

	@Column(name = "ics_id", nullable = false)
	private Long icsId;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "token_hint", nullable = false, length = 16)
	private String tokenHint;

	@Column(name = "created_by", nullable = false, length = 100)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "last_used_on")
	private LocalDate lastUsedOn;

	@Version
	private long version;

	protected ApiTokenEntity() {
	}

	public ApiTokenEntity(long icsId, String name, String tokenHash, String tokenHint, String createdBy,
			Instant createdAt) {
		this.icsId = icsId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenHint = tokenHint;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getIcsId() {
		return this.icsId;
	}

	public String getName() {
		return this.name;
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	public LocalDate getLastUsedOn() {
		return this.lastUsedOn;
	}

	public void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

	public void usedOn(LocalDate day) {
		this.lastUsedOn = day;
	}

	public ApiTokenView view() {
		return new ApiTokenView(this.id, this.name, this.tokenHint + "\u2026", this.createdBy, this.createdAt,
				this.revokedAt, this.lastUsedOn);
	}

}
