/**
 * Citizens who registered themselves (ADR 0370): their commune, year of birth, gender and
 * consent — only what the citizen indicators need — their data download and their
 * erasure. Officials' lists never show them; staff see counts only.
 */
@NullMarked
package vn.hocso.citizen;

import org.jspecify.annotations.NullMarked;
