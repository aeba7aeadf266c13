package org.threefold.assessment.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ResponseRepository extends JpaRepository<ResponseEntity, Long> {

	Optional<ResponseEntity> findByDeviceSecretHash(String hash);

	Optional<ResponseEntity> findByResumeCodeHash(String hash);

	@Query("select r.id from ResponseEntity r where r.deviceSecretHash = :hash or r.resumeCodeHash = :hash")
	Optional<Long> findIdBySecretHash(String hash);

	/** Submission locks the row, so two tabs submitting at once produce one receipt. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ResponseEntity r where r.id = :id")
	Optional<ResponseEntity> lockById(Long id);

	/** Response counts by partner and status, in one query for the monitoring screen. */
	/** Response counts per assessment for the list screen, in one query. */
	@Query("""
			select new org.threefold.assessment.internal.CountRow(cast(r.assessmentId as string), cast(r.status as string), count(r))
			from ResponseEntity r where r.assessmentId in :assessmentIds and (:partnerId is null or r.partnerId = :partnerId)
			group by r.assessmentId, r.status""")
	List<CountRow> countByAssessment(java.util.Collection<Long> assessmentIds, Long partnerId);

	@Query("""
			select new org.threefold.assessment.internal.CountRow(cast(r.partnerId as string), cast(r.status as string), count(r))
			from ResponseEntity r where r.assessmentId = :assessmentId group by r.partnerId, r.status""")
	List<CountRow> countByPartner(Long assessmentId);

	@Query("""
			select new org.threefold.assessment.internal.CountRow(cast(r.profession as string), cast(r.status as string), count(r))
			from ResponseEntity r where r.assessmentId = :assessmentId and (:partnerId is null or r.partnerId = :partnerId)
			group by r.profession, r.status""")
	List<CountRow> countByProfession(Long assessmentId, Long partnerId);

	@Query("""
			select new org.threefold.assessment.internal.CountRow(cast(r.seniority as string), cast(r.status as string), count(r))
			from ResponseEntity r where r.assessmentId = :assessmentId and (:partnerId is null or r.partnerId = :partnerId)
			group by r.seniority, r.status""")
	List<CountRow> countBySeniority(Long assessmentId, Long partnerId);

}
