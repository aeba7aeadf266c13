package org.threefold.assessment.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import org.threefold.assessment.AssessmentStatus;

public interface AssessmentRepository extends JpaRepository<AssessmentEntity, Long> {

	List<AssessmentEntity> findByIcsIdOrderByOpensOnDescIdDesc(Long icsId);

	Optional<AssessmentEntity> findByIdAndIcsId(Long id, Long icsId);

	List<AssessmentEntity> findByStatusAndClosesOnBefore(AssessmentStatus status, LocalDate date);

}
