package org.threefold.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.audit.internal.AuditEventEntity;
import org.threefold.audit.internal.AuditEventRepository;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;

/**
 * Reading the audit log: an administrator sees every partnership's entries, an ICS leader
 * only their own ICS's.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ Role.ADMINISTRATOR_NAME, Role.ICS_LEADER_NAME })
public class AuditLog {

	/** Newest entries shown at once. */
	public static final int MAX_ENTRIES = 1000;

	private final AuditEventRepository events;

	private final CurrentUser currentUser;

	AuditLog(AuditEventRepository events, CurrentUser currentUser) {
		this.events = events;
		this.currentUser = currentUser;
	}

	/** The newest {@link #MAX_ENTRIES} entries the caller may read, newest first. */
	public List<AuditEntry> recent() {
		SignedInUser me = this.currentUser.require();
		List<AuditEventEntity> found = me.is(Role.ADMINISTRATOR)
				? this.events.findAllByOrderByOccurredAtDescIdDesc(Limit.of(MAX_ENTRIES))
				: this.events.findByIcsIdOrderByOccurredAtDescIdDesc(this.currentUser.requireIcs().value(),
						Limit.of(MAX_ENTRIES));
		return found.stream().map(AuditEventEntity::toEntry).toList();
	}

}
