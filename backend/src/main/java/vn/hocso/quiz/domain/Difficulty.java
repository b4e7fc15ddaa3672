package vn.hocso.quiz.domain;

/** How hard a question is meant to be; informative, the draw does not weigh by it. */
public enum Difficulty {

	EASY, MEDIUM, HARD

}
