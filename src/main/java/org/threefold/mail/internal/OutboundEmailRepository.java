package org.threefold.mail.internal;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Newest first; the id breaks ties between emails recorded in the same instant. */
public interface OutboundEmailRepository extends JpaRepository<OutboundEmailEntity, Long> {

	List<OutboundEmailEntity> findByIcsIdOrderByCreatedAtDescIdDesc(Long icsId, Limit limit);

	List<OutboundEmailEntity> findAllByOrderByCreatedAtDescIdDesc(Limit limit);

}
