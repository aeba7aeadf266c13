package org.threefold.audit.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEventRepository extends JpaRepository<AuditEventEntity, Long> {

	List<AuditEventEntity> findAllByOrderByOccurredAtDescIdDesc(Limit limit);

	List<AuditEventEntity> findByIcsIdOrderByOccurredAtDescIdDesc(Long icsId, Limit limit);

	@Query("select count(e) > 0 from AuditEventEntity e where e.userId = :user and e.action = :action"
			+ " and e.subject = :subject and e.occurredAt > :since")
	boolean recordedSince(@Param("user") Long userId, @Param("action") String action, @Param("subject") String subject,
			@Param("since") Instant since);

	@Modifying
	@Query("update AuditEventEntity e set e.username = :pseudonym where e.userId = :user")
	int pseudonymise(@Param("user") Long userId, @Param("pseudonym") String pseudonym);

}
