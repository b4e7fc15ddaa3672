package vn.hocso.headcount.population;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hocso.organization.OrgUnitDirectory;
import vn.hocso.organization.OrgUnitSummary;

/**
 * The demo communes' working-age populations ({@code seed-data/populations/}), loaded
 * once into an empty table: declared by a unit admin and verified by demo.verifier, as
 * the workflow would leave them; a row without {@code verifiedBy} stays waiting for
 * verification.
 */
@Component
@ConditionalOnProperty(name = "hocso.demo.populations")
class DemoPopulationsLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoPopulationsLoader.class);

	private final PopulationDeclarationRepository declarations;

	private final OrgUnitDirectory units;

	private final TransactionTemplate transaction;

	private final JsonMapper json;

	private final ResourceLoader resources;

	private final String location;

	private final Clock clock;

	DemoPopulationsLoader(PopulationDeclarationRepository declarations, OrgUnitDirectory units,
			TransactionTemplate transaction, JsonMapper json, ResourceLoader resources,
			@Value("${hocso.demo.populations}") String location, Clock clock) {
		this.declarations = declarations;
		this.units = units;
		this.transaction = transaction;
		this.json = json;
		this.resources = resources;
		this.location = location;
		this.clock = clock;
	}

	record SeedRow(String unit, long workingAge, String declaredBy, @Nullable String verifiedBy) {
	}

	record SeedFile(String period, String source, List<SeedRow> populations) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() throws IOException {
		if (declarations.count() > 0) {
			return;
		}
		SeedFile seed;
		try (InputStream in = resources.getResource(location).getInputStream()) {
			seed = json.readerFor(SeedFile.class)
				.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(in);
		}
		Integer loaded = transaction.execute(status -> {
			int count = 0;
			for (SeedRow row : seed.populations()) {
				OrgUnitSummary unit = units.findSummaryByCode(row.unit()).orElse(null);
				if (unit == null) {
					log.warn("Demo population skipped: no unit {}", row.unit());
					continue;
				}
				PopulationDeclaration declaration = new PopulationDeclaration(unit.id(), unit.path(), seed.period(), 1,
						row.workingAge(), seed.source(), null, row.declaredBy(), clock.instant());
				if (row.verifiedBy() != null) {
					declaration.approve(row.verifiedBy(), clock.instant());
				}
				declarations.save(declaration);
				count++;
			}
			return count;
		});
		log.info("Loaded {} demo working-age populations from {}", loaded, location);
	}

}
