package org.threefold.partner.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "ics")
public class IcsEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ics_seq")
	@SequenceGenerator(name = "ics_seq", sequenceName = "ics_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = 32)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(length = 100)
	private String region;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected IcsEntity() {
	}

	public IcsEntity(String code, String name, String region, boolean demo, Instant createdAt) {
		this.code = code;
		this.name = name;
		this.region = region;
		this.demo = demo;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getRegion() {
		return this.region;
	}

	public boolean isDemo() {
		return this.demo;
	}

	public void rename(String name, String region) {
		this.name = name;
		this.region = region;
	}

}
