package vn.hocso.planning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import vn.hocso.platform.ProblemException;

/**
 * A provincial plan (kế hoạch), e.g. 420/KH-UBND of UBND tỉnh Nghệ An, governing one
 * unit's subtree.
 */
@Entity
@Table(name = "plan")
public class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
	@SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false, length = 64)
	private String number;

	@Column(nullable = false)
	private String issuer;

	@Column(nullable = false, length = 1000)
	private String title;

	@Column(name = "issued_on")
	private @Nullable LocalDate issuedOn;

	@Column(name = "governing_unit_id", nullable = false)
	private long governingUnitId;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	/** The plan this one implements, e.g. "146/QĐ-TTg". */
	@Column(name = "implements_ref")
	private @Nullable String implementsRef;

	@Column(name = "signer_title")
	private @Nullable String signerTitle;

	@Column(name = "signer_name")
	private @Nullable String signerName;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "plan_report_due", joinColumns = @JoinColumn(name = "plan_id"))
	private List<ReportDue> reportDues = new ArrayList<>();

	@Version
	private long version;

	protected Plan() {
		this.number = "";
		this.issuer = "";
		this.title = "";
		this.periodStart = LocalDate.EPOCH;
		this.periodEnd = LocalDate.EPOCH;
	}

	public Plan(PlanDetails details) {
		this();
		update(details);
	}

	public record PlanDetails(String number, String issuer, String title, @Nullable LocalDate issuedOn,
			long governingUnitId, LocalDate periodStart, LocalDate periodEnd, @Nullable String implementsRef,
			@Nullable String signerTitle, @Nullable String signerName, List<ReportDue> reportDues) {
	}

	public final void update(PlanDetails details) {
		if (details.periodEnd().isBefore(details.periodStart())) {
			throw ProblemException.badRequest("plan.period-invalid", details.periodStart(), details.periodEnd());
		}
		this.number = details.number();
		this.issuer = details.issuer();
		this.title = details.title();
		this.issuedOn = details.issuedOn();
		this.governingUnitId = details.governingUnitId();
		this.periodStart = details.periodStart();
		this.periodEnd = details.periodEnd();
		this.implementsRef = details.implementsRef();
		this.signerTitle = details.signerTitle();
		this.signerName = details.signerName();
		this.reportDues = new ArrayList<>(details.reportDues());
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("plan not saved yet");
		}
		return id;
	}

	public String getNumber() {
		return number;
	}

	public String getIssuer() {
		return issuer;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable LocalDate getIssuedOn() {
		return issuedOn;
	}

	public long getGoverningUnitId() {
		return governingUnitId;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public @Nullable String getImplementsRef() {
		return implementsRef;
	}

	public @Nullable String getSignerTitle() {
		return signerTitle;
	}

	public @Nullable String getSignerName() {
		return signerName;
	}

	public List<ReportDue> getReportDues() {
		return List.copyOf(reportDues);
	}

}
