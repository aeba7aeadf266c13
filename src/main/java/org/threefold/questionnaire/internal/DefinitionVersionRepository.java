package org.threefold.questionnaire.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DefinitionVersionRepository extends JpaRepository<DefinitionVersionEntity, Long> {

	Optional<DefinitionVersionEntity> findByDefinitionIdAndContentHash(String definitionId, String contentHash);

	long countByDefinitionId(String definitionId);

}
