package vn.hocso.calendar.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.hocso.calendar.DayKind;

/** A day to put into the table: read from the official seed or computed from the law. */
public record PlannedDay(LocalDate date, DayKind kind, String nameVi, String nameEn, @Nullable String note) {
}
