package vn.hocso.planning.document;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.MockMvc;

/** Renders a report's PDF markup from its JSON, to read the text the PDF is made of. */
public final class PdfPlanReportAccess {

	private PdfPlanReportAccess() {
	}

	public static String html(MockMvc mvc, long planId, String period) throws Exception {
		String json = mvc
			.perform(get("/api/plans/{p}/reports/{period}", planId, period)
				.with(vn.hocso.testing.KeycloakJwt.user("demo.reporter", "NA", "REPORTER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		PlanReport report = JsonMapper.builder().findAndAddModules().build().readValue(json, PlanReport.class);
		return PdfPlanReport.html(report);
	}

}
