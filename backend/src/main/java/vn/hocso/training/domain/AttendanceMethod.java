package vn.hocso.training.domain;

/**
 * How a mark was taken: by the teacher from the class list, or by the participant
 * scanning the QR code.
 */
public enum AttendanceMethod {

	TEACHER, QR

}
