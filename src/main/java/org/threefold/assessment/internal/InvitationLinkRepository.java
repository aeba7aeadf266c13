package org.threefold.assessment.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationLinkRepository extends JpaRepository<InvitationLinkEntity, String> {

	List<InvitationLinkEntity> findByAssessmentIdOrderByPartnerIdAscAudienceAsc(Long assessmentId);

}
