package org.threefold.partner.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IcsRepository extends JpaRepository<IcsEntity, Long> {

	Optional<IcsEntity> findByCode(String code);

	boolean existsByCodeIgnoreCase(String code);

	/** One query for the administrator's list: each ICS with its partner count. */
	@Query("""
			select new org.threefold.partner.internal.IcsRow(i.id, i.code, i.name, i.region, i.demo,
			  (select count(p) from PartnerEntity p where p.icsId = i.id))
			from IcsEntity i order by i.name""")
	List<IcsRow> findAllWithPartnerCounts();

}
