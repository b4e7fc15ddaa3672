package vn.hocso.training.domain;

/**
 * Where a nominee stands: waiting for allotment, seated in a class, on the waiting list,
 * or withdrawn.
 */
public enum NominationStatus {

	NOMINATED, SEATED, WAITING, WITHDRAWN

}
