/**
 * Completion certificates: issued when an enrolment completes (through the event
 * publication registry, so a restart loses none), numbered per province and year, signed
 * with Ed25519 over canonical JSON, rendered as an A4 PDF with a QR code, publicly
 * verifiable, revocable and exportable as an Open Badges 3.0 credential.
 */
@NullMarked
package vn.hocso.certificate;

import org.jspecify.annotations.NullMarked;
