package vn.hocso.openlearning.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.json.JsonMapper;
import vn.hocso.openlearning.demo.DemoMaterialsLoader.Seed;
import vn.hocso.openlearning.demo.DemoMaterialsLoader.SeedMaterial;

class DemoMaterialsSeedTests {

	@Test
	void theDemoSeedHasThreeTopicsOfPublishableMaterialsWithVideosAndALeaflet() throws Exception {
		Seed seed = DemoMaterialsLoader.read(JsonMapper.shared(),
				new ClassPathResource("seed-data/open-learning/materials.json"));

		assertThat(seed.topics()).extracting(DemoMaterialsLoader.SeedTopic::slug)
			.containsExactly("dich-vu-cong-truc-tuyen", "thanh-toan-khong-dung-tien-mat", "an-toan-tren-mang");
		var materials = seed.topics().stream().flatMap(topic -> topic.materials().stream()).toList();
		assertThat(materials).hasSize(6).allSatisfy(m -> assertThat(m.body()).isNotBlank());
		assertThat(materials.stream().filter(m -> Boolean.TRUE.equals(m.video()))).hasSize(3);
		assertThat(materials.stream().filter(m -> Boolean.TRUE.equals(m.leaflet())).map(SeedMaterial::slug))
			.containsExactly("nhan-biet-lua-dao");
	}

}
