package org.threefold.actionplan.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActionRepository extends JpaRepository<PlanActionEntity, Long> {

	List<PlanActionEntity> findByIcsIdOrderByIdAsc(Long icsId);

	Optional<PlanActionEntity> findByIdAndIcsId(Long id, Long icsId);

	boolean existsByIcsIdAndAssessmentIdAndLibraryActionId(Long icsId, Long assessmentId, String libraryActionId);

	boolean existsByIcsIdAndWorkshopIdAndAgreementId(Long icsId, Long workshopId, Long agreementId);

}
