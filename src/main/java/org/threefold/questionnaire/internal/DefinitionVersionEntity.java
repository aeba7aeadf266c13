package org.threefold.questionnaire.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * The full text of each definition version ever loaded. An assessment points at a row
 * here, so it keeps asking and scoring exactly what it launched with after the file
 * changes.
 */
@Entity
@Table(name = "questionnaire_version")
public class DefinitionVersionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_version_seq")
	@SequenceGenerator(name = "questionnaire_version_seq", sequenceName = "questionnaire_version_seq",
			allocationSize = 50)
	private Long id;

	@Column(name = "definition_id", nullable = false, length = 64)
	private String definitionId;

	@Column(nullable = false, length = 20)
	private String kind;

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	@Column(name = "version_label", length = 40)
	private String versionLabel;

	@Column(name = "file_name", nullable = false, length = 200)
	private String fileName;

	@Column(nullable = false, length = 1_000_000)
	private String content;

	@Column(name = "first_loaded_at", nullable = false)
	private Instant firstLoadedAt;

	protected DefinitionVersionEntity() {
	}

	public DefinitionVersionEntity(String definitionId, String kind, String contentHash, String versionLabel,
			String fileName, String content, Instant firstLoadedAt) {
		this.definitionId = definitionId;
		this.kind = kind;
		this.contentHash = contentHash;
		this.versionLabel = versionLabel;
		this.fileName = fileName;
		this.content = content;
		this.firstLoadedAt = firstLoadedAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getContent() {
		return this.content;
	}

	public String getDefinitionId() {
		return this.definitionId;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public String getFileName() {
		return this.fileName;
	}

}
