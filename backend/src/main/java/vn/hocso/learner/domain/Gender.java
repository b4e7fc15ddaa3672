package vn.hocso.learner.domain;

public enum Gender {

	MALE, FEMALE, OTHER

}
