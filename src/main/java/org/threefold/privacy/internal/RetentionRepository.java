package org.threefold.privacy.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionRepository extends JpaRepository<RetentionEntity, Long> {

}
