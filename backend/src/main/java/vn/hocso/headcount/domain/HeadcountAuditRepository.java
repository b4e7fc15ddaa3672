package vn.hocso.headcount.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HeadcountAuditRepository extends JpaRepository<HeadcountAuditEntry, Long> {

	List<HeadcountAuditEntry> findByDeclarationIdOrderByIdAsc(long declarationId);

}
