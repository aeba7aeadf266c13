package org.threefold.assessment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationTokenRepository extends JpaRepository<InvitationTokenEntity, Long> {

	Optional<InvitationTokenEntity> findByTokenHash(String tokenHash);

	List<InvitationTokenEntity> findByAssessmentIdAndUsedFalse(Long assessmentId);

	boolean existsByAssessmentIdAndEmail(Long assessmentId, String email);

	long countByAssessmentId(Long assessmentId);

	long countByAssessmentIdAndUsedTrue(Long assessmentId);

}
