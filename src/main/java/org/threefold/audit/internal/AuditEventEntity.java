package org.threefold.audit.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.threefold.audit.AuditEntry;
import org.threefold.security.Role;
import org.threefold.shared.IcsId;

@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "user_id")
	private Long userId;

	@Column(nullable = false, length = 100)
	private String username;

	@Column(length = 30)
	private String role;

	@Column(name = "ics_id")
	private Long icsId;

	@Column(nullable = false, length = 100)
	private String action;

	@Column(nullable = false, length = 500)
	private String subject;

	protected AuditEventEntity() {
	}

	public AuditEventEntity(Instant occurredAt, Long userId, String username, String role, Long icsId, String action,
			String subject) {
		this.occurredAt = occurredAt;
		this.userId = userId;
		this.username = clip(username, 100);
		this.role = role;
		this.icsId = icsId;
		this.action = clip(action, 100);
		this.subject = clip(subject, 500);
	}

	private static String clip(String text, int max) {
		String value = (text == null) ? "" : text;
		return (value.length() <= max) ? value : value.substring(0, max - 1) + "…";
	}

	public AuditEntry toEntry() {
		String roleLabel = (this.role == null) ? "" : Role.valueOf(this.role).label();
		return new AuditEntry(this.occurredAt, this.username, roleLabel,
				Optional.ofNullable(this.icsId).map(IcsId::new), this.action, this.subject);
	}

}
