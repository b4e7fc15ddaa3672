package vn.hocso.headcount.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import vn.hocso.headcount.population.PopulationDeclaration;
import vn.hocso.headcount.population.PopulationReads.CommuneLine;
import vn.hocso.headcount.web.PopulationViews.CommunePopulationView;
import vn.hocso.headcount.web.PopulationViews.PopulationView;

@Mapper
interface PopulationMapper {

	PopulationView declaration(PopulationDeclaration declaration);

	@Mapping(target = "unitId", source = "commune.id")
	@Mapping(target = "code", source = "commune.code")
	@Mapping(target = "name", source = "commune.name")
	CommunePopulationView commune(CommuneLine line);

}
