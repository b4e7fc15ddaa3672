package vn.hocso.certificate;

import java.util.Collection;
import java.util.Map;

/** Which enrolments hold a valid certificate, for other modules' progress views. */
public interface IssuedCertificates {

	/** The serial of the valid certificate of each of these enrolments that has one. */
	Map<Long, String> validSerialsOf(Collection<Long> enrolmentIds);

}
