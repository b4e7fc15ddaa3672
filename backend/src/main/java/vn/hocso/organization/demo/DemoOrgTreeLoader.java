package vn.hocso.organization.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.organization.OrgUnitType;
import vn.hocso.organization.domain.OrgTreeService;
import vn.hocso.organization.domain.OrgTreeService.NewOrgUnit;
import vn.hocso.organization.domain.OrgUnit;
import vn.hocso.organization.domain.OrgUnitRepository;

/**
 * Loads the demo org tree from {@code seed-data/org-tree.json} into an empty database,
 * through the same service an ADMIN uses, so that paths and history are written exactly
 * as in real use.
 */
@Component
@ConditionalOnProperty(name = "hocso.demo.org-tree")
class DemoOrgTreeLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrgTreeLoader.class);

	private final OrgTreeService tree;

	private final OrgUnitRepository units;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final Resource source;

	DemoOrgTreeLoader(OrgTreeService tree, OrgUnitRepository units, TransactionTemplate transaction, JsonMapper json,
			@Value("${hocso.demo.org-tree}") Resource source) {
		this.tree = tree;
		this.units = units;
		this.transaction = transaction;
		this.json = json;
		this.source = source;
	}

	record SeedUnit(String code, String name, OrgUnitType type, LocalDate validFrom,
			@Nullable List<SeedUnit> children) {
	}

	record SeedTree(List<SeedUnit> roots) {
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (units.count() > 0) {
			return;
		}
		SeedTree seed;
		try (InputStream in = source.getInputStream()) {
			seed = json.readerFor(SeedTree.class)
				.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(in);
		}
		int loaded = transaction.execute(status -> seed.roots().stream().mapToInt(root -> load(root, null)).sum());
		log.info("Loaded {} demo org units from {}", loaded, source);
	}

	private int load(SeedUnit seed, @Nullable Long parentId) {
		OrgUnit unit = tree.createRecordedBy(
				new NewOrgUnit(seed.code(), seed.name(), seed.type(), parentId, seed.validFrom()), "system:demo-data");
		int count = 1;
		for (SeedUnit child : seed.children() == null ? List.<SeedUnit>of() : seed.children()) {
			count += load(child, unit.getId());
		}
		return count;
	}

}
